// Every contract channel, registered in one place behind a sender check and payload validation.
// Handlers are typed from the contract's channel maps: each receives its channel's validated
// arguments and must return its channel's result.
import {
  invokeArgs,
  invokeChannels,
  sendArgs,
  sendChannels,
  type InvokeArgs,
  type InvokeName,
  type InvokeResults,
  type SendArgs,
  type SendName,
} from '../../src/contract'
import type { z } from '../../src/contract/zod'
import { acceptSender, type SenderFacts } from './trust'

export interface IpcSender {
  id: number
}

export interface IpcEventLike {
  sender: IpcSender
}

export interface IpcMainLike<H extends IpcEventLike, O extends IpcEventLike> {
  handle(channel: string, listener: (event: H, ...args: unknown[]) => unknown): void
  on(channel: string, listener: (event: O, ...args: unknown[]) => void): unknown
}

export type InvokeHandlers = {
  [K in InvokeName]: (sender: IpcSender, ...args: InvokeArgs<K>) => InvokeResults[K] | Promise<InvokeResults[K]>
}
export type SendHandlers = { [K in SendName]: (sender: IpcSender, ...args: SendArgs<K>) => void }
export type IpcHandlers = InvokeHandlers & SendHandlers

export interface IpcOptions<E extends IpcEventLike> {
  /** Facts about event.senderFrame and event.sender (see trust.ts). */
  senderFacts(event: E): SenderFacts
  allowedOrigins(): readonly string[]
  log(message: string): void
}

class Rejected extends Error {}

/** No channel carries more than this (as JSON); a larger call is refused before it is parsed. */
export const maxPayloadBytes = 256 * 1024

function oversized(args: unknown[]): boolean {
  try {
    return (JSON.stringify(args)?.length ?? 0) > maxPayloadBytes
  } catch {
    return true
  }
}

/** Trailing `undefined`/`null` arguments are dropped: an optional argument may arrive as either. */
function trimmed(args: unknown[]): unknown[] {
  let end = args.length
  while (end > 0 && (args[end - 1] === undefined || args[end - 1] === null)) end--
  return args.slice(0, end)
}

type Checked =
  { ok: true; args: unknown[] } | { ok: false; why: 'sender not allowed' | 'payload too large' | 'invalid arguments' }

/** Wires every invoke and send channel of the contract; returns the channel names it registered. */
export function registerIpc<H extends IpcEventLike, O extends IpcEventLike>(
  ipcMain: IpcMainLike<H, O>,
  handlers: IpcHandlers,
  options: IpcOptions<H | O>,
): string[] {
  const registered: string[] = []

  /** The sender, then the size, then the shape: a call passes all three before any handler runs. */
  function check(event: H | O, channel: string, schema: z.ZodType, args: unknown[]): Checked {
    const facts = options.senderFacts(event)
    if (!acceptSender(facts, options.allowedOrigins())) {
      options.log(`ipc ${channel}: rejected sender ${facts.frameUrl ?? '(no frame)'}`)
      return { ok: false, why: 'sender not allowed' }
    }
    if (oversized(args)) {
      options.log(`ipc ${channel}: refused a payload over ${maxPayloadBytes} bytes`)
      return { ok: false, why: 'payload too large' }
    }
    const parsed = schema.safeParse(trimmed(args))
    if (!parsed.success) {
      options.log(`ipc ${channel}: invalid arguments`)
      return { ok: false, why: 'invalid arguments' }
    }
    return { ok: true, args: parsed.data as unknown[] }
  }

  for (const name of Object.keys(invokeChannels) as InvokeName[]) {
    const channel = invokeChannels[name]
    const handler = handlers[name] as (sender: IpcSender, ...args: unknown[]) => unknown
    registered.push(channel)
    ipcMain.handle(channel, (event, ...args) => {
      const checked = check(event, channel, invokeArgs[name], args)
      if (!checked.ok) throw new Rejected(`${channel}: ${checked.why}`)
      return handler(event.sender, ...checked.args)
    })
  }

  for (const name of Object.keys(sendChannels) as SendName[]) {
    const channel = sendChannels[name]
    const handler = handlers[name] as (sender: IpcSender, ...args: unknown[]) => void
    registered.push(channel)
    ipcMain.on(channel, (event, ...args) => {
      const checked = check(event, channel, sendArgs[name], args)
      if (!checked.ok) return
      try {
        handler(event.sender, ...checked.args)
      } catch (error) {
        options.log(`ipc ${channel}: ${(error as Error).stack ?? error}`)
      }
    })
  }
  return registered
}

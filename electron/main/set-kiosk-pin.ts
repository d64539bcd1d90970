// `--set-kiosk-pin`: asks for the kiosk's exit PIN in the terminal, twice, and stores its hash in
// the settings file. A visitor at the kiosk can never be the one to set it.
import { createInterface } from 'node:readline'
import type { Readable, Writable } from 'node:stream'
import type { ReadSettings, Settings } from '../../src/contract'
import { hashPin, pinProblem } from './kiosk-pin'

export interface PinSetup {
  /** Asks one question; resolves to the answer, or null when the input ended. */
  ask(question: string): Promise<string | null>
  store: { file: string; load(): Promise<ReadSettings>; save(settings: Settings): Promise<void> }
}

export interface PinSetupResult {
  code: 0 | 1 | 2
  message: string
}

export async function setKioskPin({ ask, store }: PinSetup): Promise<PinSetupResult> {
  const first = await ask('New kiosk exit PIN (6 to 12 digits): ')
  if (first === null) return { code: 2, message: 'No PIN given; nothing changed.' }
  const problem = pinProblem(first.trim())
  if (problem) return { code: 2, message: `Not set: ${problem}; nothing changed.` }
  const second = await ask('The same PIN again: ')
  if (second?.trim() !== first.trim()) return { code: 2, message: 'Not set: the two PINs differ; nothing changed.' }
  const { settings, problems } = await store.load()
  const next: Settings = { ...settings, kiosk: { ...settings.kiosk, pinHash: hashPin(first.trim()) } }
  try {
    await store.save(next)
  } catch (error) {
    return { code: 1, message: `Not set: ${store.file} cannot be written (${(error as Error).message}).` }
  }
  const notes = problems.length ? `\n(while reading the settings: ${problems.join('; ')})` : ''
  return { code: 0, message: `Kiosk exit PIN set; its hash is stored in ${store.file}.${notes}` }
}

/** Questions on a terminal, with the typed digits hidden; plain lines when the input is piped. */
export function terminalAsker(input: Readable & { isTTY?: boolean }, output: Writable): PinSetup['ask'] {
  const lines = createInterface({ input, terminal: false })[Symbol.asyncIterator]()
  return async (question) => {
    output.write(question)
    const raw = input as Readable & { isTTY?: boolean; setRawMode?: (on: boolean) => void }
    const hidden = raw.isTTY === true && typeof raw.setRawMode === 'function'
    if (hidden) raw.setRawMode!(true)
    try {
      if (hidden) return await readHidden(input, output)
      const next = await lines.next()
      return next.done ? null : next.value
    } finally {
      if (hidden) raw.setRawMode!(false)
    }
  }
}

function readHidden(input: Readable, output: Writable): Promise<string | null> {
  return new Promise((resolve) => {
    let typed = ''
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return done(typed)
        if (char === '\u0003' || char === '\u0004') return done(null)
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1)
        else typed += char
      }
    }
    const done = (value: string | null) => {
      input.off('data', onData)
      output.write('\n')
      resolve(value)
    }
    input.on('data', onData)
  })
}

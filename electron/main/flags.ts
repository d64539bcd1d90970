// Command lines, read by node:util parseArgs from one table of flags per command (the app, `npm
// start`, `npm run web`, `npm run export`). Values may be written `--flag=value` or `--flag value`;
// a word that starts with a dash is never taken as a value. Imports nothing but Node, so the
// scripts load it too (through jiti).
import { parseArgs } from 'node:util'

export type Reading<T> = { ok: true; value: T } | { ok: false; why: string }

/** A flag with a value: what is expected (for messages) and how the text is read. */
export interface ValueFlag<T = unknown> {
  value: true
  /** "expected one of zh, en, bi" */
  hint: string
  read(text: string): Reading<T>
}

/** A flag without a value (`--kiosk`). */
export interface SwitchFlag {
  value: false
}

export type Flag = ValueFlag | SwitchFlag
export type FlagTable = Record<string, Flag>
/** What a flag reads to: its value, or `true` for a switch. */
export type FlagValue<F extends Flag> = F extends ValueFlag<infer T> ? T : true

export type FlagToken =
  /** One of the table's flags; `value` is '' when a value flag has none, undefined for a bare switch. */
  | { kind: 'flag'; name: string; value: string | undefined; raw: string[] }
  | { kind: 'unknown'; name: string; value: string | undefined; raw: string[] }
  /** Anything that is not a long flag: a word, or a short option such as `-x`. */
  | { kind: 'argument'; arg: string; raw: string[] }

export const switchFlag: SwitchFlag = { value: false }

export function valueFlag<T>(hint: string, read: (text: string) => Reading<T>): ValueFlag<T> {
  return { value: true, hint, read }
}

const ok = <T>(value: T): Reading<T> => ({ ok: true, value })
const bad = (why: string): Reading<never> => ({ ok: false, why })

/** One of `values`; `why` names the kind of thing (e.g. "unknown language"). */
export function choice<T extends string>(values: readonly T[], why: string): (text: string) => Reading<T> {
  return (text) => ((values as readonly string[]).includes(text) ? ok(text as T) : bad(why))
}

export function positiveInteger(text: string): Reading<number> {
  return /^[1-9]\d{0,5}$/.test(text) ? ok(Number(text)) : bad('not a positive whole number')
}

/** 0, 1, 2, ... */
export function count(text: string): Reading<number> {
  return /^(0|[1-9]\d{0,5})$/.test(text) ? ok(Number(text)) : bad('not a whole number')
}

/** Seconds written as digits (no exponent, no sign), more than 0 and at most `max`. */
export function seconds(max: number): (text: string) => Reading<number> {
  return (text) => {
    const value = Number(text)
    return /^\d+(\.\d+)?$/.test(text) && value > 0 && value <= max
      ? ok(value)
      : bad(`not a number of seconds between 0 and ${max}`)
  }
}

export function path(text: string): Reading<string> {
  return text.trim() === '' || text.includes('\0') ? bad('empty path') : ok(text)
}

function longName(arg: string): string | undefined {
  if (!arg.startsWith('--') || arg === '--') return undefined
  const eq = arg.indexOf('=')
  return eq === -1 ? arg.slice(2) : arg.slice(2, eq)
}

/**
 * The command line as tokens of `table`. `skip` passes over arguments that belong to someone else
 * (Chromium's switches in the app's argv); they appear in no token.
 */
export function scanFlags(argv: readonly string[], table: FlagTable, skip: (arg: string) => boolean = () => false) {
  // parseArgs would take the next word as a value even when it is a flag; say `--flag=` instead.
  const args: string[] = []
  const origins: string[] = []
  argv.forEach((arg, i) => {
    if (skip(arg)) return
    const name = longName(arg)
    const next = argv[i + 1]
    const lacksValue = !arg.includes('=') && (next === undefined || next.startsWith('-'))
    args.push(name !== undefined && table[name]?.value && lacksValue ? `--${name}=` : arg)
    origins.push(arg)
  })
  const options = Object.fromEntries(
    Object.entries(table).map(([name, flag]) => [name, { type: flag.value ? 'string' : 'boolean' } as const]),
  )
  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true })
  const result: FlagToken[] = []
  let last = -1
  for (const token of tokens) {
    if (token.index === last) continue // `-abc` is one word, however many short options it holds
    last = token.index
    const arg = origins[token.index]!
    if (token.kind !== 'option' || !token.rawName.startsWith('--')) {
      result.push({ kind: 'argument', arg, raw: [arg] })
      continue
    }
    const separate = token.value !== undefined && !token.inlineValue
    const raw = origins.slice(token.index, token.index + (separate ? 2 : 1))
    const kind = Object.hasOwn(table, token.name) ? 'flag' : 'unknown'
    result.push({ kind, name: token.name, value: token.value, raw })
  }
  return result
}

export interface ReadFlags {
  /** The last good value of each flag given; `true` for a switch. */
  values: Record<string, unknown>
  problems: string[]
  tokens: FlagToken[]
}

/**
 * Reads every flag; a bad or unknown one becomes a problem naming it and what is accepted, and
 * the rest are still read. The last of a repeated flag wins.
 */
export function readFlags(
  argv: readonly string[],
  table: FlagTable,
  { skip, usage }: { skip?: (arg: string) => boolean; usage: string },
): ReadFlags {
  const tokens = scanFlags(argv, table, skip)
  return { ...readTokens(tokens, table, usage), tokens }
}

/** readFlags for tokens already scanned. */
export function readTokens(tokens: readonly FlagToken[], table: FlagTable, usage: string): Omit<ReadFlags, 'tokens'> {
  const values: Record<string, unknown> = {}
  const problems: string[] = []
  for (const token of tokens) {
    if (token.kind === 'argument') {
      problems.push(`${token.arg}: unexpected argument; ${usage}`)
      continue
    }
    if (token.kind === 'unknown') {
      problems.push(`--${token.name}: unknown option; ${usage}`)
      continue
    }
    const flag = table[token.name]!
    if (!flag.value) {
      if (token.value !== undefined)
        problems.push(`${token.raw[0]}: --${token.name} takes no value; write just --${token.name}`)
      else values[token.name] = true
      continue
    }
    if (!token.value) {
      problems.push(`--${token.name}: missing value; ${flag.hint}`)
      continue
    }
    const reading = flag.read(token.value)
    if (reading.ok) values[token.name] = reading.value
    else problems.push(`--${token.name}=${token.value}: ${reading.why}; ${flag.hint}`)
  }
  return { values, problems }
}

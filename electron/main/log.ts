// Main-process log: stderr and userData/logs/main.log, one line per entry. The file is rotated at
// a size cap so a kiosk running for weeks keeps at most two files.
import * as fs from 'node:fs'
import { join } from 'node:path'

export type Level = 'info' | 'warn' | 'error'

export interface Logger {
  info(message: string): void
  warn(message: string): void
  error(message: string): void
  /** Starts writing to `dir`/main.log. */
  toFolder(dir: string): void
  readonly file: string | undefined
}

export type LogFs = Pick<typeof fs, 'appendFileSync' | 'statSync' | 'renameSync' | 'mkdirSync'>

export interface LoggerOptions {
  stderr?: (line: string) => void
  clock?: () => Date
  maxBytes?: number
  fs?: LogFs
}

/** One entry is cut at this length, so that no input (a long field name, a huge payload) floods the log. */
export const maxEntryLength = 4000

export function formatLine(at: Date, level: Level, message: string): string {
  const text =
    message.length > maxEntryLength
      ? `${message.slice(0, maxEntryLength)}… (${message.length - maxEntryLength} more characters)`
      : message
  return `${at.toISOString()} [${level}] ${text.replace(/\r?\n/g, '\n    ')}`
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const stderr = options.stderr ?? ((line: string) => process.stderr.write(line + '\n'))
  const clock = options.clock ?? (() => new Date())
  const maxBytes = options.maxBytes ?? 1_000_000
  const io = options.fs ?? fs
  let file: string | undefined

  function toFile(line: string) {
    if (!file) return
    try {
      const size = io.statSync(file, { throwIfNoEntry: false })?.size ?? 0
      if (size + line.length > maxBytes) io.renameSync(file, file.replace(/\.log$/, '.1.log'))
      io.appendFileSync(file, line + '\n')
    } catch {
      // The log must never take the app down; stderr already has the line.
    }
  }

  function write(level: Level, message: string) {
    const line = formatLine(clock(), level, message)
    try {
      stderr(line)
    } catch {
      // stderr can be closed when started from a desktop launcher.
    }
    toFile(line)
  }

  return {
    info: (m) => write('info', m),
    warn: (m) => write('warn', m),
    error: (m) => write('error', m),
    toFolder(dir) {
      try {
        io.mkdirSync(dir, { recursive: true })
        file = join(dir, 'main.log')
      } catch {
        file = undefined
      }
    },
    get file() {
      return file
    },
  }
}

/** Text for an uncaught error or rejection value. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`
  try {
    return JSON.stringify(error)
  } catch {
    return String(error)
  }
}

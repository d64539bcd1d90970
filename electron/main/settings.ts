// The settings store: a JSON file in the user-data folder, read through the contract's schema.
// The app always starts: a bad field falls back to its default, a corrupt file is set aside.
import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { defaultSettings, readSettings, type ReadSettings, type Settings } from '../../src/contract'
import { writeFileAtomic, type AtomicFs } from './atomic-write'

export function corruptName(now: Date, attempt = 0): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  return `settings.corrupt-${stamp}${attempt ? `-${attempt}` : ''}.json`
}

export type SettingsFs = AtomicFs & Pick<typeof fsp, 'readFile' | 'mkdir' | 'stat'>

export interface SettingsStoreOptions {
  clock?: () => Date
  fs?: Partial<SettingsFs>
}

type Read =
  | { kind: 'missing' }
  | { kind: 'unreadable'; why: string }
  | { kind: 'corrupt'; why: string }
  | { kind: 'ok'; value: unknown }

export class SettingsStore {
  readonly file: string
  readonly lastGoodFile: string
  private readonly fs: SettingsFs
  private readonly clock: () => Date

  constructor(
    readonly dir: string,
    options: SettingsStoreOptions = {},
  ) {
    this.file = join(dir, 'settings.json')
    this.lastGoodFile = join(dir, 'settings.last-good.json')
    this.fs = { ...fsp, ...options.fs } as SettingsFs
    this.clock = options.clock ?? (() => new Date())
  }

  /** Never throws: returns usable settings and a message for everything that was wrong. */
  async load(): Promise<ReadSettings> {
    const problems: string[] = []
    const main = await this.read(this.file)
    if (main.kind === 'ok') {
      const result = readSettings(main.value, this.file)
      if (result.problems.length === 0) await this.refreshLastGood(result.settings)
      return result
    }
    if (main.kind === 'unreadable') problems.push(`${this.file}: cannot be read (${main.why})`)
    if (main.kind === 'corrupt') problems.push(await this.setAside(main.why))

    const lastGood = await this.read(this.lastGoodFile)
    if (lastGood.kind === 'ok') {
      const result = readSettings(lastGood.value, this.lastGoodFile)
      if (main.kind !== 'missing' || result.problems.length)
        problems.push(`using the last good copy ${this.lastGoodFile}`)
      return { settings: result.settings, problems: [...problems, ...result.problems] }
    }
    if (problems.length) problems.push('using default settings')
    return { settings: defaultSettings(), problems }
  }

  /** Writes settings.json atomically and then the last good copy. Throws when the folder is not writable. */
  async save(settings: Settings): Promise<void> {
    await this.fs.mkdir(this.dir, { recursive: true })
    const text = JSON.stringify(settings, null, 2) + '\n'
    await writeFileAtomic(this.file, text, this.fs)
    await writeFileAtomic(this.lastGoodFile, text, this.fs)
  }

  private async read(file: string): Promise<Read> {
    let text: string
    try {
      text = await this.fs.readFile(file, 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      return code === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', why: code ?? String(error) }
    }
    if (text.trim() === '') return { kind: 'corrupt', why: 'the file is empty' }
    try {
      const value: unknown = JSON.parse(text)
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return { kind: 'corrupt', why: 'it does not hold a JSON object' }
      return { kind: 'ok', value }
    } catch (error) {
      return { kind: 'corrupt', why: `not valid JSON: ${(error as Error).message}` }
    }
  }

  private async setAside(why: string): Promise<string> {
    const now = this.clock()
    for (let attempt = 0; attempt < 100; attempt++) {
      const target = join(this.dir, corruptName(now, attempt))
      const taken = await this.fs.stat(target).then(
        () => true,
        () => false,
      )
      if (taken) continue
      try {
        await this.fs.rename(this.file, target)
        return `${this.file}: ${why}; moved aside to ${target}`
      } catch (error) {
        return `${this.file}: ${why}; could not be moved aside (${(error as NodeJS.ErrnoException).code ?? error})`
      }
    }
    return `${this.file}: ${why}; could not be moved aside`
  }

  private async refreshLastGood(settings: Settings): Promise<void> {
    const text = JSON.stringify(settings, null, 2) + '\n'
    const current = await this.fs.readFile(this.lastGoodFile, 'utf8').catch(() => null)
    if (current === text) return
    await writeFileAtomic(this.lastGoodFile, text, this.fs).catch(() => {})
  }
}

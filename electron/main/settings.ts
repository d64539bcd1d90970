// The settings store: validation (pure) and a JSON file in the user-data folder (thin fs layer).
// The app always starts: a bad field falls back to its default, a corrupt file is set aside.
import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import type { KioskSettings, Lang, Settings, Theme } from '../shared/contract'
import { writeFileAtomic, type AtomicFs } from './atomic-write'

export const defaultExitPin = '0000'

export function defaultSettings(): Settings {
  return {
    lang: 'zh',
    bilingual: false,
    showProgress: true,
    theme: 'light',
    kiosk: { enabled: false, languages: ['zh', 'en'], idleSeconds: 300, exitPin: defaultExitPin },
  }
}

export interface Validated {
  settings: Settings
  problems: string[]
}

const langs: readonly Lang[] = ['zh', 'en']
const maxSeconds = 24 * 60 * 60

const themes: readonly Theme[] = ['light', 'dark']
const isLang = (v: unknown): v is Lang => (langs as readonly unknown[]).includes(v)
const isTheme = (v: unknown): v is Theme => (themes as readonly unknown[]).includes(v)
const isSeconds = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= maxSeconds
const isPin = (v: unknown): v is string => typeof v === 'string' && /^\d{4,12}$/.test(v)
const isLangList = (v: unknown): v is Lang[] =>
  Array.isArray(v) && v.length > 0 && v.length <= langs.length && v.every(isLang) && new Set(v).size === v.length

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/**
 * Checks every field of `raw`; a missing or ill-typed field takes its value from `fallback`
 * (the defaults when reading a file, the current settings when applying a patch).
 */
export function validateSettings(raw: unknown, source: string, fallback: Settings = defaultSettings()): Validated {
  const problems: string[] = []
  const obj = isRecord(raw) ? raw : {}
  if (!isRecord(raw))
    problems.push(`${source}: expected a JSON object; using ${source === 'patch' ? 'current' : 'default'} settings`)

  function pick<T>(
    from: Record<string, unknown>,
    key: string,
    path: string,
    ok: (v: unknown) => v is T,
    fb: T,
    expected: string,
  ): T {
    if (!(key in from)) return fb
    const value = from[key]
    if (ok(value)) return value
    problems.push(`${source}: field "${path}" ${expected}; using ${JSON.stringify(fb)}`)
    return fb
  }
  function unknownFields(from: Record<string, unknown>, known: string[], prefix: string) {
    for (const key of Object.keys(from))
      if (!known.includes(key)) problems.push(`${source}: unknown field "${prefix}${key}" ignored`)
  }

  unknownFields(obj, ['lang', 'bilingual', 'showProgress', 'theme', 'kiosk'], '')
  const lang = pick(obj, 'lang', 'lang', isLang, fallback.lang, 'must be "zh" or "en"')
  const bilingual = pick(
    obj,
    'bilingual',
    'bilingual',
    (v): v is boolean => typeof v === 'boolean',
    fallback.bilingual,
    'must be true or false',
  )
  const showProgress = pick(
    obj,
    'showProgress',
    'showProgress',
    (v): v is boolean => typeof v === 'boolean',
    fallback.showProgress,
    'must be true or false',
  )
  const theme = pick(obj, 'theme', 'theme', isTheme, fallback.theme, 'must be "light" or "dark"')

  let kioskRaw: Record<string, unknown> = {}
  if ('kiosk' in obj) {
    if (isRecord(obj.kiosk)) kioskRaw = obj.kiosk
    else
      problems.push(
        `${source}: field "kiosk" must be an object; using ${source === 'patch' ? 'current' : 'default'} kiosk settings`,
      )
  }
  unknownFields(kioskRaw, ['enabled', 'languages', 'idleSeconds', 'exitPin', 'dwellSeconds'], 'kiosk.')
  const fk = fallback.kiosk
  const kiosk: KioskSettings & { enabled: boolean } = {
    enabled: pick(
      kioskRaw,
      'enabled',
      'kiosk.enabled',
      (v): v is boolean => typeof v === 'boolean',
      fk.enabled,
      'must be true or false',
    ),
    languages: [
      ...pick(
        kioskRaw,
        'languages',
        'kiosk.languages',
        isLangList,
        fk.languages,
        'must be a list of "zh"/"en" without repeats',
      ),
    ],
    idleSeconds: pick(
      kioskRaw,
      'idleSeconds',
      'kiosk.idleSeconds',
      isSeconds,
      fk.idleSeconds,
      `must be a number of seconds between 0 and ${maxSeconds}`,
    ),
    exitPin: pick(kioskRaw, 'exitPin', 'kiosk.exitPin', isPin, fk.exitPin, 'must be a string of 4 to 12 digits'),
  }
  const dwell = kioskRaw.dwellSeconds
  if (!('dwellSeconds' in kioskRaw)) {
    if (fk.dwellSeconds !== undefined) kiosk.dwellSeconds = fk.dwellSeconds
  } else if (isSeconds(dwell)) {
    kiosk.dwellSeconds = dwell
  } else if (dwell !== undefined && dwell !== null) {
    problems.push(
      `${source}: field "kiosk.dwellSeconds" must be a number of seconds between 0 and ${maxSeconds}, or absent; using ${fk.dwellSeconds ?? "the slides' own times"}`,
    )
    if (fk.dwellSeconds !== undefined) kiosk.dwellSeconds = fk.dwellSeconds
  }
  return { settings: { lang, bilingual, showProgress, theme, kiosk }, problems }
}

/**
 * Applies a renderer's partial update. Ill-typed fields keep their current value; an empty exitPin
 * (what redactSettings hands out) means "unchanged".
 */
export function applyPatch(current: Settings, patch: unknown): Validated {
  if (!isRecord(patch)) return { settings: current, problems: ['patch: expected an object; nothing changed'] }
  const merged: Record<string, unknown> = { ...current, ...patch }
  if ('kiosk' in patch && isRecord(patch.kiosk)) {
    const kiosk: Record<string, unknown> = { ...current.kiosk, ...patch.kiosk }
    if (kiosk.exitPin === '') kiosk.exitPin = current.kiosk.exitPin
    merged.kiosk = kiosk
  }
  return validateSettings(merged, 'patch', current)
}

/** What a renderer may see: everything but the kiosk exit PIN. */
export function redactSettings(settings: Settings): Settings {
  return { ...settings, kiosk: { ...settings.kiosk, languages: [...settings.kiosk.languages], exitPin: '' } }
}

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
  async load(): Promise<Validated> {
    const problems: string[] = []
    const main = await this.read(this.file)
    if (main.kind === 'ok') {
      const result = validateSettings(main.value, this.file)
      if (result.problems.length === 0) await this.refreshLastGood(result.settings)
      return result
    }
    if (main.kind === 'unreadable') problems.push(`${this.file}: cannot be read (${main.why})`)
    if (main.kind === 'corrupt') problems.push(await this.setAside(main.why))

    const lastGood = await this.read(this.lastGoodFile)
    if (lastGood.kind === 'ok') {
      const result = validateSettings(lastGood.value, this.lastGoodFile)
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
      if (!isRecord(value)) return { kind: 'corrupt', why: 'it does not hold a JSON object' }
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

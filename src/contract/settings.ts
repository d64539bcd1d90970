// The app's settings: one schema for the file on disk, the web edition's local storage, what a
// renderer may read and what it may change. Reading never throws: a missing or ill-typed field
// takes its fallback and is reported with its path and what was expected.
import { languages, type Lang } from './lang'
import { langSchema } from './langSchema'
import { programmeListSchema, readProgramme, type Programme } from './programme'
import { programmeLimits, themes, timing } from './rules'
import { hoursExpected, parseHours, parseScenes, parseTime, scenesExpected, timeExpected } from './schedule'
import { z } from './zod'

export const dwellSecondsSchema = z.number().min(timing.minDwellSeconds).max(timing.maxSeconds)
export const idleSecondsSchema = z.number().min(timing.minIdleSeconds).max(timing.maxSeconds)

/** The desktop kiosk's exit PIN as set: 6 to 12 digits. There is no default PIN. */
export const pinRule = { pattern: /^\d{6,12}$/, minLength: 6, maxLength: 12 } as const
/** What an exit attempt may carry (wrong ones included); longer input is refused unread. */
export const pinAttemptSchema = z.string().max(32)
/** The PIN as stored: a salted scrypt hash, `scrypt$N$r$p$salt$hash` (base64), never the digits. */
export const pinHashSchema = z.string().regex(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}$/)

export const langListSchema = z
  .array(langSchema)
  .min(1)
  .max(languages.length)
  .refine((list) => new Set(list).size === list.length, 'expected no repeats')

/** The kiosk's scenes, opening hours and refresh time, in their text forms (see schedule.ts). */
export const scenesSchema = z
  .string()
  .max(1000)
  .refine((text) => parseScenes(text).ok)
export const hoursSchema = z
  .string()
  .max(1000)
  .refine((text) => parseHours(text).ok)
export const refreshAtSchema = z.string().refine((text) => parseTime(text) !== undefined && parseTime(text)! < 24 * 60)

export const reportFolderSchema = z.string().min(1).max(4096)

export const kioskSettingsSchema = z.strictObject({
  enabled: z.boolean(),
  /** The tour's languages in order; the first is where a visitor's pause ends. */
  languages: langListSchema,
  idleSeconds: idleSecondsSchema,
  /** Seconds each slide stays; absent: the content's own dwell times. */
  dwellSeconds: dwellSecondsSchema.optional(),
  /** What plays in turn, e.g. "tour:zh, dashboard, tour:en, dashboard"; absent: the tour and the dashboard alternate. */
  scenes: scenesSchema.optional(),
  /** When the screen plays, e.g. "mon-fri 08:00-18:00, sat 09:00-12:00"; outside them it is black. Absent: always. */
  hours: hoursSchema.optional(),
  /** The time of day of the daily renderer refresh; absent: 03:00. */
  refreshAt: refreshAtSchema.optional(),
  /**
   * The PIN typed after the exit combination (Ctrl+Shift+Alt+X) to leave kiosk mode, hashed. Absent:
   * no PIN is set, and kiosk mode does not start.
   */
  pinHash: pinHashSchema.optional(),
})
export type KioskSettings = z.infer<typeof kioskSettingsSchema>

export const settingsSchema = z.strictObject({
  lang: langSchema,
  bilingual: z.boolean(),
  showProgress: z.boolean(),
  theme: z.enum(themes),
  kiosk: kioskSettingsSchema,
  /** Visit programmes kept by name (renderer-owned: the Prepare view saves them). */
  programmes: programmeListSchema,
  /** The folder of the report pack opened last (File → Open report…); absent: the bundled report. */
  report: reportFolderSchema.optional(),
})
export type Settings = z.infer<typeof settingsSchema>

/** The fields a renderer owns and may save; kiosk settings come only from the file or the command line. */
export const settingsPatchSchema = settingsSchema
  .pick({ lang: true, bilingual: true, showProgress: true, theme: true, programmes: true })
  .partial()
export type SettingsPatch = z.infer<typeof settingsPatchSchema>

/** The fields a window owns, read from what it stored (the web edition's local storage). */
export function readOwnedSettings(raw: unknown, source: string): { patch: SettingsPatch; problems: string[] } {
  const problems: string[] = []
  if (!isRecord(raw)) return { patch: {}, problems: [`${source}: expected a JSON object; using defaults`] }
  const patch = readFields(
    ownedFields,
    keepGoodProgrammes(raw, source, problems),
    {},
    '',
    source,
    problems,
  ) as SettingsPatch
  return { patch, problems }
}

/**
 * One broken programme (a hand-edited file) leaves out only itself: the others are kept, and
 * each one left out is reported with its first problem.
 */
function keepGoodProgrammes(obj: Record<string, unknown>, source: string, problems: string[]): Record<string, unknown> {
  if (!Array.isArray(obj.programmes)) return obj
  const kept: Programme[] = []
  obj.programmes.forEach((item, i) => {
    const read = readProgramme(item, `programmes[${i}]`)
    if (!read.ok) problems.push(`${source}: ${read.problems[0]}; this programme is left out`)
    else if (kept.some((p) => p.name === read.programme.name))
      problems.push(`${source}: programmes[${i}]: a second programme named "${read.programme.name}"; left out`)
    else if (kept.length >= programmeLimits.stored)
      problems.push(`${source}: programmes[${i}]: more than ${programmeLimits.stored} programmes; left out`)
    else kept.push(read.programme)
  })
  return { ...obj, programmes: kept }
}

/** A renderer's change, applied over the current settings; anything it does not own stays as it is. */
export function applySettingsPatch(current: Settings, patch: unknown): ReadSettings {
  if (!isRecord(patch)) return { settings: current, problems: ['patch: expected an object; nothing changed'] }
  const problems: string[] = []
  const owned: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(patch)) {
    if (key in settingsPatchSchema.shape) owned[key] = value
    else problems.push(`patch: field "${key}" cannot be changed by a window; ignored`)
  }
  const result = readSettings({ ...current, ...owned }, 'patch', current)
  return { settings: result.settings, problems: [...problems, ...result.problems] }
}

/** What a renderer may see: everything but the kiosk exit PIN. */
export type SettingsView = Omit<Settings, 'kiosk'> & { kiosk: Omit<KioskSettings, 'pinHash'> }

export function defaultSettings(): Settings {
  return {
    lang: 'zh',
    bilingual: false,
    showProgress: true,
    theme: 'light',
    programmes: [],
    kiosk: {
      enabled: false,
      languages: [...languages],
      idleSeconds: timing.defaultIdleSeconds,
    },
  }
}

export function settingsView(settings: Settings): SettingsView {
  const { pinHash: _pin, ...kiosk } = settings.kiosk
  return { ...settings, programmes: [...settings.programmes], kiosk: { ...kiosk, languages: [...kiosk.languages] } }
}

interface Field {
  schema: z.ZodType
  expected: string
}

const seconds = (min: number) => `must be a number of seconds from ${min} to ${timing.maxSeconds}`
const boolean: Field = { schema: z.boolean(), expected: 'must be true or false' }

const topFields: Record<Exclude<keyof Settings, 'kiosk'>, Field> = {
  lang: { schema: langSchema, expected: `must be ${languages.map((l) => `"${l}"`).join(' or ')}` },
  bilingual: boolean,
  showProgress: boolean,
  theme: { schema: z.enum(themes), expected: `must be ${themes.map((t) => `"${t}"`).join(' or ')}` },
  programmes: {
    schema: programmeListSchema,
    expected: 'must be a list of visit programmes with different names (see the README)',
  },
  report: { schema: reportFolderSchema, expected: 'must be the folder of a report pack, or absent' },
}
/** The fields a window owns. */
const ownedFields = Object.fromEntries(
  Object.entries(topFields).filter(([key]) => key in settingsPatchSchema.shape),
) as Record<string, Field>
const kioskFields: Record<keyof KioskSettings, Field> = {
  enabled: boolean,
  languages: { schema: langListSchema, expected: 'must be a list of "zh"/"en" without repeats' },
  idleSeconds: { schema: idleSecondsSchema, expected: seconds(timing.minIdleSeconds) },
  dwellSeconds: {
    schema: dwellSecondsSchema,
    expected: `${seconds(timing.minDwellSeconds)}, or absent`,
  },
  scenes: { schema: scenesSchema, expected: `must be ${scenesExpected}, or absent` },
  hours: { schema: hoursSchema, expected: `must be ${hoursExpected}, or absent` },
  refreshAt: { schema: refreshAtSchema, expected: `must be ${timeExpected}, or absent` },
  pinHash: {
    schema: pinHashSchema,
    expected: 'must be a PIN hash as --set-kiosk-pin writes it, or absent',
  },
}

export interface ReadSettings {
  settings: Settings
  problems: string[]
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function readFields(
  table: Record<string, Field>,
  raw: Record<string, unknown>,
  fallback: Record<string, unknown>,
  prefix: string,
  source: string,
  problems: string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(raw))
    if (prefix === 'kiosk.' && key === 'exitPin')
      problems.push(
        `${source}: field "kiosk.exitPin" (a PIN in plain text) is not read; set the PIN with --set-kiosk-pin`,
      )
    else if (!(key in table) && !(prefix === '' && key === 'kiosk'))
      problems.push(`${source}: unknown field "${prefix}${key}" ignored`)
  for (const [key, field] of Object.entries(table)) {
    const has = key in raw && raw[key] !== undefined && !(raw[key] === null && fallback[key] === undefined)
    if (has && field.schema.safeParse(raw[key]).success) {
      out[key] = raw[key]
      continue
    }
    if (has) {
      const using = fallback[key] === undefined ? 'absent' : JSON.stringify(fallback[key])
      problems.push(`${source}: field "${prefix}${key}" ${field.expected}; using ${using}`)
    }
    if (fallback[key] !== undefined) out[key] = fallback[key]
  }
  return out
}

/**
 * Checks every field of `raw`; a missing or ill-typed field takes its value from `fallback` (the
 * defaults when reading a file, the current settings when applying a change).
 */
export function readSettings(raw: unknown, source: string, fallback: Settings = defaultSettings()): ReadSettings {
  const problems: string[] = []
  const kept = source === 'patch' ? 'current' : 'default'
  const obj = isRecord(raw) ? raw : {}
  if (!isRecord(raw)) problems.push(`${source}: expected a JSON object; using ${kept} settings`)
  const top = readFields(topFields, keepGoodProgrammes(obj, source, problems), fallback, '', source, problems)
  let kioskRaw: Record<string, unknown> = {}
  if ('kiosk' in obj) {
    if (isRecord(obj.kiosk)) kioskRaw = obj.kiosk
    else problems.push(`${source}: field "kiosk" must be an object; using ${kept} kiosk settings`)
  }
  const kiosk = readFields(kioskFields, kioskRaw, fallback.kiosk, 'kiosk.', source, problems)
  const kioskLanguages = [...(kiosk.languages as Lang[])]
  const settings = {
    ...(top as Omit<Settings, 'kiosk'>),
    kiosk: { ...(kiosk as KioskSettings), languages: kioskLanguages },
  }
  return { settings, problems }
}

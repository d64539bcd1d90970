// The contract's plain values and rules: limits, enumerations, timings, file names and the
// programme fingerprint. None of them needs a schema, so the renderer's start-up can use them
// without loading zod; the schema modules build on them.
import type { Pointer } from './pointer'
import type { Programme } from './programme'

/** What the audience screen shows: the slide, or a black or white screen. Overview and help stay local to a window. */
export const screens = ['show', 'black', 'white'] as const
export type Screen = (typeof screens)[number]

export const limits = { slides: 9999, steps: 999, originLength: 64 } as const

/**
 * - `slides`: the slide on a 16:9 page;
 * - `notes`: the slide smaller on an A4 landscape page with its speaker notes;
 * - `bilingual`: the slide on a 16:9 page with a column of its text in the other language.
 */
export const handoutVariants = ['slides', 'notes', 'bilingual'] as const
export type HandoutVariant = (typeof handoutVariants)[number]

/** Timing limits: a floor that keeps a kiosk from spinning, a ceiling of one day. */
export const timing = {
  maxSeconds: 24 * 60 * 60,
  minDwellSeconds: 0.2,
  minIdleSeconds: 1,
  defaultIdleSeconds: 300,
} as const

/** The slides' look: light for projectors in bright rooms, dark for LED walls, dark halls and kiosks. */
export const themes = ['light', 'dark'] as const
export type Theme = (typeof themes)[number]

export const hiddenPointer: Pointer = { visible: false }

export const programmeLimits = {
  nameLength: 80,
  /** Longest delegation name the welcome slide lays out: shrunk to its minimum size, then wrapped. */
  delegationZh: 40,
  delegationEn: 100,
  hostZh: 60,
  hostEn: 140,
  slides: 200,
  minutes: 600,
  parts: 99,
  stored: 50,
} as const

/** How a window names the programme it runs, in a URL or a synced state: trimmed, not empty, not too long. */
export function programmeNameOf(text: string): string | undefined {
  const name = text.trim()
  return name.length >= 1 && name.length <= programmeLimits.nameLength ? name : undefined
}

/** Larger files are refused unread: a programme is a few hundred bytes. */
export const programmeFileMaxBytes = 256 * 1024

/** A file name for a programme: its name without characters file systems refuse. */
export function programmeFileName(programme: Pick<Programme, 'name'>): string {
  // eslint-disable-next-line no-control-regex -- control characters are among those file systems refuse
  const base = programme.name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/^[.\s-]+|[.\s-]+$/g, '')
  return `${base || 'programme'}.json`
}

/**
 * A short fingerprint of a programme (64-bit FNV-1a of its JSON, 16 hex digits). Windows compare it
 * to know that they run the same programme; it carries no text of its own.
 */
export function programmeDigest(programme: Programme): string {
  const json = canonicalJson(programme)
  let h1 = 0x811c9dc5
  let h2 = 0x01000193 ^ json.length
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0
    h2 = Math.imul(h2 ^ c ^ (h1 >>> 7), 0x01000193) >>> 0
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`
  return JSON.stringify(value)
}

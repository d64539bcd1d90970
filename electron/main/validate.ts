// Payload checks for everything a renderer sends. Each returns a clean copy or null.
import type { DeckSnapshot, Lang, Screen, SyncMessage } from '../shared/contract'

const langs: readonly Lang[] = ['zh', 'en']
const screens: readonly Screen[] = ['show', 'black', 'white']

const isCount = (v: unknown, max: number): v is number =>
  Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= max

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

export function parseSnapshot(value: unknown): DeckSnapshot | null {
  if (!isRecord(value)) return null
  const { slide, step, lang, bilingual, screen } = value
  if (!isCount(slide, 9999) || !isCount(step, 999)) return null
  if (!(langs as readonly unknown[]).includes(lang) || typeof bilingual !== 'boolean') return null
  if (!(screens as readonly unknown[]).includes(screen)) return null
  return { slide, step, lang: lang as Lang, bilingual, screen: screen as Screen }
}

export function parseSyncMessage(value: unknown): SyncMessage | null {
  if (!isRecord(value)) return null
  const { seq, origin, state } = value
  if (!isCount(seq, Number.MAX_SAFE_INTEGER)) return null
  if (typeof origin !== 'string' || origin.length === 0 || origin.length > 64) return null
  const snapshot = parseSnapshot(state)
  return snapshot ? { seq, origin, state: snapshot } : null
}

/** toggleFullScreen's optional target state. */
export function parseOptionalBoolean(value: unknown): { ok: true; value: boolean | undefined } | { ok: false } {
  if (value === undefined || value === null) return { ok: true, value: undefined }
  return typeof value === 'boolean' ? { ok: true, value } : { ok: false }
}

export function parsePin(value: unknown): string | null {
  return typeof value === 'string' && value.length <= 32 ? value : null
}

/** The printReady payload `{ pages }`: how many pages the print view laid out. */
export function parsePrintReady(value: unknown): number | null {
  if (!isRecord(value)) return null
  const { pages } = value
  return isCount(pages, 10000) && pages > 0 ? pages : null
}

export function parsePatch(value: unknown): Record<string, unknown> | null {
  return isRecord(value) ? value : null
}

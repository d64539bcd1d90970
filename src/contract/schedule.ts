// What an unattended screen plays and when: its scenes in order, its operating hours and the time
// of its daily renderer refresh. Each has one text form, the same in the settings file, on the
// command line and in the URL, read by one parser here that names what it expected:
//   scenes   "tour:zh, dashboard, tour:en, dashboard@90"   (@S: seconds the scene lasts)
//   hours    "mon-fri 08:00-18:00, sat 09:00-12:00"
//   refresh  "03:00"
import { isLang, languages, type Lang } from './lang'

// ---- scenes ------------------------------------------------------------------------------------

/** Scene kinds; the list is open, so that a kiosk can later play other things in turn. */
export const sceneKinds = ['tour', 'dashboard'] as const
export type SceneKind = (typeof sceneKinds)[number]

export interface Scene {
  kind: SceneKind
  /** The scene's language; absent: the tour takes the next language, the dashboard the tour's before it. */
  lang?: Lang
  /** How long it lasts; absent: a tour plays one loop, the dashboard `defaultDashboardSeconds`. */
  seconds?: number
}

export const defaultDashboardSeconds = 60
export const maxScenes = 24
export const maxSceneSeconds = 24 * 60 * 60

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string }

export const scenesExpected =
  'a comma-separated list of scenes, each tour or dashboard, optionally :zh or :en and @seconds ' +
  '(e.g. "tour:zh, dashboard, tour:en, dashboard@90")'

export function parseScenes(text: string): Parsed<Scene[]> {
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (!items.length) return { ok: false, problem: 'no scene given' }
  if (items.length > maxScenes) return { ok: false, problem: `${items.length} scenes; at most ${maxScenes}` }
  const scenes: Scene[] = []
  for (const item of items) {
    const match = /^([a-z]+)(?::([a-z]+))?(?:@([0-9.]+))?$/.exec(item)
    if (!match || !(sceneKinds as readonly string[]).includes(match[1]!))
      return { ok: false, problem: `"${item}" is not a scene` }
    const scene: Scene = { kind: match[1] as SceneKind }
    if (match[2] !== undefined) {
      if (!isLang(match[2])) return { ok: false, problem: `"${item}": unknown language "${match[2]}"` }
      scene.lang = match[2]
    }
    if (match[3] !== undefined) {
      const seconds = Number(match[3])
      if (!(seconds >= 1 && seconds <= maxSceneSeconds))
        return { ok: false, problem: `"${item}": seconds must be from 1 to ${maxSceneSeconds}` }
      scene.seconds = seconds
    }
    scenes.push(scene)
  }
  return { ok: true, value: scenes }
}

export function scenesText(scenes: readonly Scene[]): string {
  return scenes
    .map((s) => `${s.kind}${s.lang ? `:${s.lang}` : ''}${s.seconds !== undefined ? `@${s.seconds}` : ''}`)
    .join(', ')
}

/** Without a list of its own a kiosk alternates the tour, one loop per language, and the dashboard. */
export function defaultScenes(tourLanguages: readonly Lang[] = languages): Scene[] {
  return tourLanguages.flatMap((lang): Scene[] => [{ kind: 'tour', lang }, { kind: 'dashboard' }])
}

// ---- hours -------------------------------------------------------------------------------------

/** Day names as `Date.getDay()` numbers them. */
export const dayNames = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const
export type DayName = (typeof dayNames)[number]

export interface HoursSpan {
  days: DayName[]
  /** Minutes after midnight, local time; `to` is later than `from` on the same day. */
  from: number
  to: number
}

export const hoursExpected =
  'opening hours as days and times, e.g. "mon-fri 08:00-18:00, sat 09:00-12:00" (days sun … sat, 24-hour times)'
export const timeExpected = 'a 24-hour time such as "03:00"'

/** "08:30" → 510; "24:00" is allowed as the end of a day. */
export function parseTime(text: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim())
  if (!match) return undefined
  const [h, m] = [Number(match[1]), Number(match[2])]
  if (m > 59 || h > 24 || (h === 24 && m > 0)) return undefined
  return h * 60 + m
}

export function timeText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

function parseDays(text: string): DayName[] | undefined {
  const days = new Set<DayName>()
  for (const part of text.split('+')) {
    const [a, b] = part.split('-')
    const from = dayNames.indexOf(a as DayName)
    const to = b === undefined ? from : dayNames.indexOf(b as DayName)
    if (from < 0 || to < 0) return undefined
    // mon-fri, and wrapping ranges such as fri-mon
    for (let d = from; ; d = (d + 1) % 7) {
      days.add(dayNames[d]!)
      if (d === to) break
    }
  }
  return dayNames.filter((d) => days.has(d))
}

export function parseHours(text: string): Parsed<HoursSpan[]> {
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (!items.length) return { ok: false, problem: 'no opening hours given' }
  const spans: HoursSpan[] = []
  for (const item of items) {
    const match = /^([a-z+-]+)\s+(\S+)-(\S+)$/.exec(item)
    const days = match ? parseDays(match[1]!) : undefined
    const from = match ? parseTime(match[2]!) : undefined
    const to = match ? parseTime(match[3]!) : undefined
    if (!match || !days)
      return { ok: false, problem: `"${item}": expected days and times such as "mon-fri 08:00-18:00"` }
    if (from === undefined || to === undefined) return { ok: false, problem: `"${item}": times must be HH:MM` }
    if (to <= from) return { ok: false, problem: `"${item}": the end must be later than the start` }
    spans.push({ days, from, to })
  }
  return { ok: true, value: spans }
}

/** Open at `at` (local time); no hours at all means always open. */
export function isOpen(hours: readonly HoursSpan[] | undefined, at: Date): boolean {
  if (!hours?.length) return true
  const day = dayNames[at.getDay()]!
  const minute = at.getHours() * 60 + at.getMinutes()
  return hours.some((span) => span.days.includes(day) && minute >= span.from && minute < span.to)
}

// ---- daily refresh -----------------------------------------------------------------------------

export const defaultRefreshAt = '03:00'

/**
 * The daily refresh: due once the clock passes the refresh time of day, but never while a visitor
 * browses; then it waits until they are done (the same day or not). A clock that jumps forward
 * over several refresh times gives one refresh, and one going back gives none.
 */
export class DailyRefresh {
  private last: Date | undefined
  private pending = false

  constructor(private readonly at: number) {}

  tick(now: Date, browsing: boolean): boolean {
    const last = this.last
    this.last = now
    if (last && now > last && passes(last, now, this.at)) this.pending = true
    if (!this.pending || browsing) return false
    this.pending = false
    return true
  }
}

/** Whether the time of day `minute` occurs in (from, to]. */
function passes(from: Date, to: Date, minute: number): boolean {
  const mark = new Date(from)
  mark.setHours(Math.floor(minute / 60), minute % 60, 0, 0)
  if (mark <= from) mark.setDate(mark.getDate() + 1)
  return mark <= to
}

// The renderer's URL, the same in the desktop app and in a browser: one parser, read once at
// start-up, and one builder for everything that opens a window or a page (the main process, the
// web edition, the scripts). Bad values are ignored with a warning; parsing never throws.
import { deckLangOf, isStartLang, startLanguages, startLangOf, type Lang } from './lang'
import { handoutVariants, limits, programmeNameOf, themes, timing, type HandoutVariant, type Theme } from './rules'
import { hoursExpected, parseHours, parseScenes, parseTime, scenesExpected, timeExpected } from './schedule'

export const views = ['audience', 'presenter', 'prepare', 'dashboard'] as const
export type View = (typeof views)[number]

export interface StartupOptions {
  /** 1-based slide number from `#/N`. */
  slide?: number
  lang?: Lang
  bilingual?: boolean
  view: View
  kiosk: { enabled: boolean } & KioskUrlOptions
  reducedMotion: boolean
  /** `appendix`: the data appendix follows the slides of a handout (`?appendix=1`). */
  print: { enabled: boolean; handout: HandoutVariant; slide?: number; appendix?: boolean }
  /** `?progress=0` hides the progress bar and slide counter. */
  showProgress?: boolean
  /** `?theme=light|dark`: the slides' theme. */
  theme?: Theme
  /** `?programme=NAME`: run the visit programme of that name. */
  programme?: string
  warnings: string[]
}

/** Kiosk options a URL may carry: for trying a kiosk out in the web edition, and the command line's. */
export interface KioskUrlOptions {
  dwellSeconds?: number
  idleSeconds?: number
  /** Scenes, hours and refresh time in their text forms (schedule.ts). */
  scenes?: string
  hours?: string
  refreshAt?: string
}

/** What a URL can say, for building one: every part optional. */
export interface RendererLocation {
  slide?: number
  lang?: Lang
  bilingual?: boolean
  view?: View
  kiosk?: KioskUrlOptions
  reducedMotion?: boolean
  print?: { handout?: HandoutVariant; slide?: number; appendix?: boolean }
  showProgress?: boolean
  theme?: Theme
  programme?: string
}

function number(
  params: URLSearchParams,
  name: string,
  warnings: string[],
  { integer = false, min = 0 }: { integer?: boolean; min?: number } = {},
): number | undefined {
  const raw = params.get(name)
  if (raw === null) return undefined
  const value = Number(raw)
  const ok =
    raw.trim() !== '' &&
    Number.isFinite(value) &&
    value > 0 &&
    value >= min &&
    value <= (integer ? limits.slides : timing.maxSeconds) &&
    (!integer || Number.isInteger(value))
  if (!ok) {
    const what = integer
      ? 'a positive whole number'
      : `a positive number of seconds, from ${min} to ${timing.maxSeconds}`
    warnings.push(`?${name}=${raw}: expected ${what}; ignored`)
    return undefined
  }
  return value
}

/** "a, b or c" */
export function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`
}

function flag(params: URLSearchParams, name: string, warnings: string[]): boolean | undefined {
  const raw = params.get(name)
  if (raw === null) return undefined
  if (raw === '1' || raw === 'true' || raw === '') return true
  if (raw === '0' || raw === 'false') return false
  warnings.push(`?${name}=${raw}: expected 1 or 0; ignored`)
  return undefined
}

export function parseHash(hash: string): number | undefined {
  const match = /^#\/(\d+)$/.exec(hash)
  if (!match) return undefined
  const number = Number(match[1])
  return number >= 1 ? number : undefined
}

/**
 * The stop a start opens (1-based): `#/N` when the running order has an Nth stop; past its end,
 * which the hash alone cannot tell, the first, with a warning as for any other bad hash.
 */
export function openingStop(requested: number | undefined, stops: number): { number: number; warning?: string } {
  if (requested === undefined || requested <= stops) return { number: requested ?? 1 }
  return { number: 1, warning: `#/${requested}: the briefing has ${stops} slides; starting at the first slide` }
}

export function parseStartup(search: string, hash: string, prefersReducedMotion = false): StartupOptions {
  const params = new URLSearchParams(search)
  const warnings: string[] = []
  const options: StartupOptions = {
    view: 'audience',
    kiosk: { enabled: false },
    reducedMotion: prefersReducedMotion,
    print: { enabled: false, handout: 'slides' },
    warnings,
  }

  const slide = parseHash(hash)
  if (slide !== undefined) options.slide = slide
  else if (hash && hash !== '#' && hash !== '#/')
    warnings.push(`${hash}: expected #/N with a slide number; starting at the first slide`)

  const lang = params.get('lang')
  if (isStartLang(lang)) {
    const deck = deckLangOf(lang)
    options.lang = deck.lang
    if (deck.bilingual) options.bilingual = true
  } else if (lang !== null) warnings.push(`?lang=${lang}: expected ${orList(startLanguages)}; ignored`)

  const view = params.get('view')
  if (view === 'presenter' || view === 'prepare' || view === 'dashboard') options.view = view
  else if (view !== null && view !== 'audience')
    warnings.push(`?view=${view}: expected ${orList(views.filter((v) => v !== 'audience'))}; ignored`)

  const programme = params.get('programme')
  if (programme !== null) {
    const name = programmeNameOf(programme)
    if (name !== undefined) options.programme = name
    else warnings.push(`?programme=${programme.slice(0, 100)}: expected a programme name; ignored`)
  }

  options.kiosk.enabled = flag(params, 'kiosk', warnings) ?? false
  const dwell = number(params, 'dwell', warnings, { min: timing.minDwellSeconds })
  const idle = number(params, 'idle', warnings, { min: timing.minIdleSeconds })
  if (dwell !== undefined) options.kiosk.dwellSeconds = dwell
  if (idle !== undefined) options.kiosk.idleSeconds = idle
  const texts = [
    ['scenes', 'scenes', (t: string) => parseScenes(t), scenesExpected],
    ['hours', 'hours', (t: string) => parseHours(t), hoursExpected],
    ['refresh', 'refreshAt', (t: string) => ({ ok: parseTime(t) !== undefined && parseTime(t)! < 1440 }), timeExpected],
  ] as const
  for (const [name, key, parse, expected] of texts) {
    const raw = params.get(name)
    if (raw === null) continue
    if (parse(raw).ok) options.kiosk[key] = raw
    else warnings.push(`?${name}=${raw}: expected ${expected}; ignored`)
  }

  const motion = params.get('motion')
  if (motion === 'reduce') options.reducedMotion = true
  else if (motion !== null) warnings.push(`?motion=${motion}: expected reduce; ignored`)

  options.print.enabled = flag(params, 'print', warnings) ?? false
  const handout = params.get('handout')
  if (handout !== null) {
    if ((handoutVariants as readonly string[]).includes(handout)) options.print.handout = handout as HandoutVariant
    else warnings.push(`?handout=${handout}: expected one of ${handoutVariants.join(', ')}; ignored`)
  }
  const printSlide = number(params, 'slide', warnings, { integer: true })
  if (printSlide !== undefined) options.print.slide = printSlide
  if (flag(params, 'appendix', warnings)) options.print.appendix = true

  const progress = flag(params, 'progress', warnings)
  if (progress !== undefined) options.showProgress = progress

  const theme = params.get('theme')
  if ((themes as readonly (string | null)[]).includes(theme)) options.theme = theme as Theme
  else if (theme !== null) warnings.push(`?theme=${theme}: expected ${orList(themes)}; ignored`)
  return options
}

/** The query string (with `?`, or empty) for a location. */
export function rendererQuery(location: RendererLocation): string {
  const query = new URLSearchParams()
  if (location.print) query.set('print', '1')
  if (location.lang !== undefined || location.bilingual)
    query.set('lang', startLangOf(location.lang ?? 'zh', location.bilingual ?? false))
  if (location.print?.handout !== undefined) query.set('handout', location.print.handout)
  if (location.print?.slide !== undefined) query.set('slide', String(location.print.slide))
  if (location.print?.appendix) query.set('appendix', '1')
  if (location.view !== undefined && location.view !== 'audience') query.set('view', location.view)
  if (location.programme !== undefined) query.set('programme', location.programme)
  if (location.kiosk) {
    query.set('kiosk', '1')
    if (location.kiosk.dwellSeconds !== undefined) query.set('dwell', String(location.kiosk.dwellSeconds))
    if (location.kiosk.idleSeconds !== undefined) query.set('idle', String(location.kiosk.idleSeconds))
    if (location.kiosk.scenes !== undefined) query.set('scenes', location.kiosk.scenes)
    if (location.kiosk.hours !== undefined) query.set('hours', location.kiosk.hours)
    if (location.kiosk.refreshAt !== undefined) query.set('refresh', location.kiosk.refreshAt)
  }
  if (location.reducedMotion) query.set('motion', 'reduce')
  if (location.showProgress !== undefined) query.set('progress', location.showProgress ? '1' : '0')
  if (location.theme !== undefined) query.set('theme', location.theme)
  const text = query.toString()
  return text ? `?${text}` : ''
}

/** The hash that `#/N` deep links use for a 0-based slide index. */
export function hashFor(slideIndex: number): string {
  return `#/${slideIndex + 1}`
}

// `#/N` names the slide only; the build step rides in the page's history state, which a reload
// keeps, so that a reload in the middle of a slide comes back to the same step.
const placeKey = 'briefingPlace'
const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined

/** `state` (the page's history state) with the deck's place in it: its stop number and build step. */
export function withPlace(state: unknown, place: { number: number; step: number }): Record<string, unknown> {
  return { ...asRecord(state), [placeKey]: { number: place.number, step: place.step } }
}

/** The build step a start on stop `number` comes back to: the one `state` holds for that stop, if any. */
export function reloadedStep(state: unknown, number: number): number | undefined {
  const place = asRecord(asRecord(state)?.[placeKey])
  const step = place?.step
  return place?.number === number && typeof step === 'number' && Number.isInteger(step) && step > 0 ? step : undefined
}

/** `base` with the location's query and hash (any query or hash already on `base` is replaced). */
export function rendererUrl(base: string, location: RendererLocation): string {
  const url = new URL(base)
  url.search = rendererQuery(location)
  url.hash = location.slide === undefined ? '' : hashFor(location.slide - 1)
  return url.toString()
}

/** The location a parsed start-up describes, so that a page can open another like itself. */
export function locationOf(startup: StartupOptions): RendererLocation {
  const location: RendererLocation = { view: startup.view }
  if (startup.slide !== undefined) location.slide = startup.slide
  if (startup.lang !== undefined) location.lang = startup.lang
  if (startup.bilingual) location.bilingual = true
  if (startup.kiosk.enabled) {
    location.kiosk = {}
    if (startup.kiosk.dwellSeconds !== undefined) location.kiosk.dwellSeconds = startup.kiosk.dwellSeconds
    if (startup.kiosk.idleSeconds !== undefined) location.kiosk.idleSeconds = startup.kiosk.idleSeconds
    for (const key of ['scenes', 'hours', 'refreshAt'] as const)
      if (startup.kiosk[key] !== undefined) location.kiosk[key] = startup.kiosk[key]
  }
  if (startup.print.enabled) {
    location.print = { handout: startup.print.handout, slide: startup.print.slide }
    if (startup.print.appendix) location.print.appendix = true
  }
  if (startup.reducedMotion) location.reducedMotion = true
  if (startup.showProgress !== undefined) location.showProgress = startup.showProgress
  if (startup.theme !== undefined) location.theme = startup.theme
  if (startup.programme !== undefined) location.programme = startup.programme
  return location
}

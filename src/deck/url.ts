// The renderer's URL contract (DESIGN §3), read once at start-up. Bad values are ignored with a
// warning; nothing here throws.
import type { HandoutVariant } from '../../electron/shared/contract'
import type { Lang } from '../i18n/lang'

export type View = 'audience' | 'presenter'

export interface StartupOptions {
  /** 1-based slide number from `#/N`. */
  slide?: number
  lang?: Lang
  bilingual?: boolean
  view: View
  kiosk: { enabled: boolean; dwellSeconds?: number; idleSeconds?: number }
  reducedMotion: boolean
  print: { enabled: boolean; handout: HandoutVariant; slide?: number }
  /** `?progress=0` hides the progress bar and slide counter. */
  showProgress?: boolean
  /** `?theme=light|dark`: the slides' theme. */
  theme?: 'light' | 'dark'
  warnings: string[]
}

const handouts: readonly HandoutVariant[] = ['slides', 'notes', 'bilingual']

function positiveNumber(
  params: URLSearchParams,
  name: string,
  warnings: string[],
  integer = false,
): number | undefined {
  const raw = params.get(name)
  if (raw === null) return undefined
  const value = Number(raw)
  if (raw.trim() === '' || !Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    warnings.push(`?${name}=${raw}: expected a positive ${integer ? 'whole number' : 'number'}; ignored`)
    return undefined
  }
  return value
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
  if (lang === 'zh' || lang === 'en') options.lang = lang
  else if (lang === 'bi') Object.assign(options, { lang: 'zh', bilingual: true })
  else if (lang !== null) warnings.push(`?lang=${lang}: expected zh, en or bi; ignored`)

  const view = params.get('view')
  if (view === 'presenter') options.view = 'presenter'
  else if (view !== null && view !== 'audience') warnings.push(`?view=${view}: expected presenter; ignored`)

  options.kiosk.enabled = flag(params, 'kiosk', warnings) ?? false
  const dwell = positiveNumber(params, 'dwell', warnings)
  const idle = positiveNumber(params, 'idle', warnings)
  if (dwell !== undefined) options.kiosk.dwellSeconds = dwell
  if (idle !== undefined) options.kiosk.idleSeconds = idle

  const motion = params.get('motion')
  if (motion === 'reduce') options.reducedMotion = true
  else if (motion !== null) warnings.push(`?motion=${motion}: expected reduce; ignored`)

  options.print.enabled = flag(params, 'print', warnings) ?? false
  const handout = params.get('handout')
  if (handout !== null) {
    if ((handouts as readonly string[]).includes(handout)) options.print.handout = handout as HandoutVariant
    else warnings.push(`?handout=${handout}: expected one of ${handouts.join(', ')}; ignored`)
  }
  const printSlide = positiveNumber(params, 'slide', warnings, true)
  if (printSlide !== undefined) options.print.slide = printSlide

  const progress = flag(params, 'progress', warnings)
  if (progress !== undefined) options.showProgress = progress

  const theme = params.get('theme')
  if (theme === 'light' || theme === 'dark') options.theme = theme
  else if (theme !== null) warnings.push(`?theme=${theme}: expected light or dark; ignored`)
  return options
}

/** The hash that `#/N` deep links use for a 0-based slide index. */
export function hashFor(slideIndex: number): string {
  return `#/${slideIndex + 1}`
}

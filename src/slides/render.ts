import type { Report } from '../content/validate'
import type { Lang } from '../i18n/lang'

/** How a slide is being shown: what every layout and block needs besides its own content. */
export interface SlideRender {
  report: Report
  lang: Lang
  bilingual: boolean
  /** Build steps shown; Infinity shows everything (overview, print, going back). */
  step: number
  /** The slide is on screen: charts draw and numbers count up. */
  active: boolean
  /** Entrance animations play; false in print, reduced motion and thumbnails. */
  animate: boolean
  onchartfinished?: () => void
}

/**
 * A slide shown still: drawn at once, charts in their final frame, no entrance (thumbnails and
 * previews). `step` defaults to every build step shown.
 */
export function stillView(report: Report, lang: Lang, bilingual: boolean, step = Infinity): SlideRender {
  return { report, lang, bilingual, step, active: true, animate: false }
}

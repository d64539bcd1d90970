// What the print view (`?print=1`) lays out: which slides, on which kind of page, in which
// languages. One page per slide in every handout, so a handout has as many pages as the deck.
import type { HandoutVariant } from '../contract'
import type { Slide } from '../content/schema'
import type { StartupOptions } from '../contract/url'
import { otherLang, type Lang } from '../i18n/lang'

/**
 * - `slides`: the slide on a 16:9 page;
 * - `notes`: the slide smaller on an A4 landscape page with its speaker notes;
 * - `bilingual`: the slide on a 16:9 page with a column of its text in the other language;
 * - `single`: one slide at 1920×1080, scale 1, filling the window (PNG capture).
 */
export type PageKind = HandoutVariant | 'single'

export interface PrintPlan {
  kind: PageKind
  /** Language of the slides. */
  lang: Lang
  /** The slides in the app's bilingual mode (the other language as a line under each text). */
  bilingual: boolean
  /** Notes pages: the notes shown, in this order. */
  notesLangs: Lang[]
  /** Bilingual handout: the language of the text column. */
  columnLang: Lang
  /** 0-based indexes of the slides printed, one page each. */
  slides: number[]
}

export type PlanResult = { ok: true; plan: PrintPlan } | { ok: false; problem: string }

type StartupPart = Pick<StartupOptions, 'print' | 'lang' | 'bilingual'>

/** `stops`: the running order's slides (a visit programme's); every slide by default. */
export function printPlan(startup: StartupPart, slideCount: number, stops?: readonly number[]): PlanResult {
  const order = stops ? [...stops] : Array.from({ length: slideCount }, (_, i) => i)
  const lang = startup.lang ?? 'zh'
  const bilingual = startup.bilingual ?? false
  const { handout, slide } = startup.print
  const common = { lang, columnLang: otherLang(lang), notesLangs: bilingual ? [lang, otherLang(lang)] : [lang] }
  if (slide !== undefined) {
    if (slide > order.length) return { ok: false, problem: `?slide=${slide}: the deck has ${order.length} slides` }
    return { ok: true, plan: { ...common, kind: 'single', bilingual, slides: [order[slide - 1]!] } }
  }
  const all = order
  // The bilingual handout sets the other language beside the slide, so the slide itself is monolingual.
  if (handout === 'bilingual')
    return { ok: true, plan: { ...common, kind: 'bilingual', bilingual: false, slides: all } }
  return { ok: true, plan: { ...common, kind: handout, bilingual, slides: all } }
}

/** A handout (not a single slide's image) asked for the data appendix after its slides. */
export function printsAppendix(plan: PrintPlan, startup: Pick<StartupOptions, 'print'>): boolean {
  return plan.kind !== 'single' && startup.print.appendix === true
}

const chartless: ReadonlySet<Slide['layout']> = new Set(['title', 'closing', 'section', 'agenda'])

/** Charts a slide draws: content layouts show their first chart block; title, section and agenda slides none. */
export function chartsOnSlide(slide: Slide): number {
  if (chartless.has(slide.layout)) return 0
  return slide.blocks.some((block) => block.type === 'chart') ? 1 : 0
}

/** "3, 7 and 12" style list of slide numbers for messages. */
export function slideList(numbers: readonly number[]): string {
  if (numbers.length <= 1) return numbers.join('')
  return `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`
}

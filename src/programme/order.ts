// The running order: the stops a briefing makes over its slides. Without a programme it is every
// slide of the report in turn; with one it is the welcome, the chosen slides and parts in the
// programme's order, and the closing. The deck, sync, progress line, overview, time plan, kiosk
// and handouts all read this one order.
import type { Programme } from '../contract/programme'
import { programmeDigest } from '../contract/rules'
import type { Slide } from '../content/schema'
import type { Report } from '../content/validate'
import { closingSlide, welcomeSlide } from './generated'

export interface RunningOrder {
  programme: Programme | null
  /** The programme's fingerprint, shared by every window running it. */
  digest: string | undefined
  /** Every slide a window can show: the report's, then the welcome and closing of a programme. */
  slides: Slide[]
  /** Indexes into `slides`, in the order the briefing goes through them. */
  stops: number[]
  /** How many of `slides` are the report's own (the rest are generated). */
  reportSlides: number
}

export type OrderResult = { ok: true; order: RunningOrder } | { ok: false; problems: string[] }

export function wholeReport(report: Report): RunningOrder {
  const slides = report.deck.slides
  return { programme: null, digest: undefined, slides, stops: slides.map((_, i) => i), reportSlides: slides.length }
}

/** The parts of the report (1, 2, …) with their slides' indexes, in report order. */
export function reportParts(slides: readonly Slide[]): Map<number, number[]> {
  const parts = new Map<number, number[]>()
  slides.forEach((slide, i) => {
    if (slide.section === undefined) return
    parts.set(slide.section, [...(parts.get(slide.section) ?? []), i])
  })
  return parts
}

function idList(slides: readonly Slide[]): string {
  const ids = slides.map((s) => `"${s.id}"`)
  return ids.length > 12 ? `${ids.slice(0, 12).join(', ')}, … (${ids.length} in all)` : ids.join(', ')
}

/** The report slides a programme chooses, in its order; every problem names its path. */
export function chosenSlides(
  programme: Pick<Programme, 'slides'>,
  slides: readonly Slide[],
  root = 'programme',
): { ok: true; indexes: number[] } | { ok: false; problems: string[] } {
  const byId = new Map(slides.map((slide, i) => [slide.id, i]))
  const parts = reportParts(slides)
  const problems: string[] = []
  const indexes: number[] = []
  const firstSeen = new Map<number, string>()
  programme.slides.forEach((entry, i) => {
    const at = `${root}.slides[${i}]`
    let found: number[]
    if (typeof entry === 'string') {
      const index = byId.get(entry)
      if (index === undefined) {
        problems.push(`${at}: no slide "${entry}" in this report; known ids: ${idList(slides)}`)
        return
      }
      found = [index]
    } else {
      const part = parts.get(entry.part)
      if (!part) {
        const known = [...parts.keys()].sort((a, b) => a - b)
        problems.push(`${at}.part: no part ${entry.part} in this report; parts are ${known.join(', ')}`)
        return
      }
      found = part
    }
    for (const index of found) {
      const earlier = firstSeen.get(index)
      if (earlier !== undefined) {
        problems.push(
          `${at}: slide "${slides[index]!.id}" is already in the programme (${earlier}); expected each slide once`,
        )
        continue
      }
      firstSeen.set(index, at)
      indexes.push(index)
    }
  })
  return problems.length ? { ok: false, problems } : { ok: true, indexes }
}

/** The running order of a programme over a report, or the problems that keep it from running. */
export function programmeOrder(programme: Programme, report: Report, root = 'programme'): OrderResult {
  const reportSlides = report.deck.slides
  const chosen = chosenSlides(programme, reportSlides, root)
  if (!chosen.ok) return chosen
  const n = reportSlides.length
  const { place } = report.pack
  const slides = [
    ...reportSlides,
    welcomeSlide(programme, place, chosen.indexes.length),
    closingSlide(programme, place),
  ]
  return {
    ok: true,
    order: {
      programme,
      digest: programmeDigest(programme),
      slides,
      stops: [n, ...chosen.indexes, n + 1],
      reportSlides: n,
    },
  }
}

/** The report as a window running this order shows it: its slides are the order's, its length the programme's. */
export function runningReport(report: Report, order: RunningOrder): Report {
  if (!order.programme) return report
  return {
    ...report,
    deck: { ...report.deck, slides: order.slides },
    pack: { ...report.pack, plannedMinutes: order.programme.minutes },
  }
}

// One search over everything a briefing says: slide titles and text, speaker notes, figures (as
// the slide writes them in either language, their plain value and the report's own sentence) and
// the glossary, in Chinese and English at once. Pure: the index is built from the report and
// searched without the DOM.
import type { Bilingual, Figure, Glossary, Slide } from '../content/schema'
import { slideTexts, type SlideText } from '../content/slideTexts'
import type { Report } from '../content/validate'
import { formatFigure } from '../i18n/figures'
import type { Lang } from '../i18n/lang'
import { fold, foldQuery, type Folded } from './fold'
import { figurePlaces } from './places'

/** What matched, in order of weight: a title outranks a figure, a figure the text, the text the notes. */
export const matchKinds = ['title', 'figure', 'text', 'glossary', 'notes'] as const
export type MatchKind = (typeof matchKinds)[number]

interface Text {
  lang: Lang
  original: string
  folded: Folded
}

interface Entry {
  slide: number
  step: number
  kind: MatchKind
  texts: Text[]
  /** A figure's id, for figure entries. */
  figure?: string
  /** Matched but never shown (a figure's plain value): a hit shows the entry's first text instead. */
  hidden?: Folded
}

export interface SearchIndex {
  entries: Entry[]
  /** Every figure of the report, on a slide or not, for the data appendix. */
  figures: Entry[]
}

/** A piece of text with the matched parts marked: [start, end) offsets into `text`. */
export interface Snippet {
  text: string
  lang: Lang
  ranges: Array<[number, number]>
}

export interface SlideHit {
  /** 0-based slide index and the build step where the match shows. */
  slide: number
  step: number
  kind: MatchKind
  snippet: Snippet
  figure?: string
  /** Further matches on the same slide. */
  more: number
}

export interface SearchResults {
  slides: SlideHit[]
  /** Ids of the figures that matched, in report order, for the data appendix. */
  figures: string[]
}

const snippetLength = 140
const snippetLead = 36

function text(lang: Lang, original: string): Text {
  return { lang, original, folded: fold(original) }
}

function both(value: Bilingual): Text[] {
  return [text('zh', value.zh), text('en', value.en)]
}

function figureTexts(figure: Figure): { texts: Text[]; hidden: Folded } {
  const zh = `${figure.label.zh}：${formatFigure(figure, 'zh')}。${figure.source}`
  const en = `${figure.label.en}: ${formatFigure(figure, 'en')}.${figure.sourceEn ? ` ${figure.sourceEn}` : ''}`
  return { texts: [text('zh', zh), text('en', en)], hidden: fold(String(figure.value)) }
}

const kinds: Record<SlideText['part'], MatchKind> = { title: 'title', body: 'text', notes: 'notes' }

function slideEntries(slide: Slide, index: number): Entry[] {
  return slideTexts(slide).map(({ text, step, part }) => ({ slide: index, step, kind: kinds[part], texts: both(text) }))
}

function glossaryEntries(glossary: Glossary, slides: readonly Entry[]): Entry[] {
  const entries: Entry[] = []
  for (const term of glossary.terms) {
    const zh = fold(term.zh).text
    const en = fold(term.en).text
    const shown = new Set<number>()
    for (const entry of slides) {
      if (shown.has(entry.slide)) continue
      const uses = entry.texts.some((t) => t.folded.text.includes(t.lang === 'zh' ? zh : en))
      if (!uses) continue
      shown.add(entry.slide)
      entries.push({
        slide: entry.slide,
        step: entry.step,
        kind: 'glossary',
        texts: [text('zh', `${term.zh} — ${term.en}`)],
      })
    }
  }
  return entries
}

export function buildSearchIndex(report: Report, glossary?: Glossary): SearchIndex {
  const slides = report.deck.slides.flatMap((slide, i) => slideEntries(slide, i))
  const figures: Entry[] = [...report.figures.values()].map((figure) => ({
    slide: -1,
    step: 0,
    kind: 'figure',
    figure: figure.id,
    ...figureTexts(figure),
  }))
  const byId = new Map(figures.map((entry) => [entry.figure!, entry]))
  const placed = figurePlaces(report.deck.slides).flatMap(({ figure, slide, step }) => {
    const entry = byId.get(figure)
    return entry ? [{ ...entry, slide, step }] : []
  })
  const entries = [...slides, ...placed, ...(glossary ? glossaryEntries(glossary, slides) : [])]
  return { entries, figures }
}

/** Where a query occurs in a folded text: each occurrence of the phrase, or else every word of it; null when not. */
function locate(folded: string, query: string): Array<[number, number]> | null {
  const all: Array<[number, number]> = []
  for (let at = folded.indexOf(query); at >= 0; at = folded.indexOf(query, at + query.length))
    all.push([at, at + query.length])
  if (all.length) return all
  const words = query.split(' ').filter(Boolean)
  if (words.length < 2) return null
  const ranges: Array<[number, number]> = []
  for (const word of words) {
    const found = folded.indexOf(word)
    if (found < 0) return null
    ranges.push([found, found + word.length])
  }
  return ranges.sort((a, b) => a[0] - b[0])
}

function originalRange(t: Text, [start, end]: [number, number]): [number, number] {
  const from = t.folded.origin[start]!
  const last = t.folded.origin[end - 1]!
  const width = (t.original.codePointAt(last) ?? 0) > 0xffff ? 2 : 1
  return [from, last + width]
}

/**
 * The matched text cut to a readable length around its first match. The list shows two lines of
 * a snippet, so the first match comes within `snippetLead` characters of its start even in a text
 * short enough to show whole (a match at the end of a three-line text would be cut off).
 */
export function snippetOf(original: string, lang: Lang, ranges: Array<[number, number]>): Snippet {
  const first = ranges[0]?.[0] ?? 0
  if (original.length <= snippetLength && first <= snippetLead) return { text: original, lang, ranges }
  let start = Math.max(0, first - snippetLead)
  // Begin at a word, not inside one.
  const space = original.indexOf(' ', start)
  if (start > 0 && space >= 0 && space < first && space - start < 16) start = space + 1
  const end = Math.min(original.length, start + snippetLength)
  const lead = start > 0 ? '…' : ''
  const shift = lead.length - start
  const kept = ranges
    .filter(([a, b]) => a < end && b > start)
    .map(([a, b]): [number, number] => [Math.max(a, start) + shift, Math.min(b, end) + shift])
  return { text: lead + original.slice(start, end) + (end < original.length ? '…' : ''), lang, ranges: kept }
}

function match(entry: Entry, query: string, lang: Lang): Snippet | null {
  const ordered = [...entry.texts].sort((a, b) => Number(b.lang === lang) - Number(a.lang === lang))
  for (const t of ordered) {
    const ranges = locate(t.folded.text, query)
    if (ranges)
      return snippetOf(
        t.original,
        t.lang,
        ranges.map((r) => originalRange(t, r)),
      )
  }
  const shown = ordered[0]!
  if (entry.hidden && locate(entry.hidden.text, query)) return snippetOf(shown.original, shown.lang, [])
  // Words spread over the two languages ("vaccine 877"): each found somewhere in the entry.
  const words = query.split(' ').filter(Boolean)
  const folded = [...ordered.map((t) => t.folded.text), entry.hidden?.text ?? '']
  if (words.length < 2 || !words.every((word) => folded.some((f) => f.includes(word)))) return null
  const ranges = words.flatMap((word): Array<[number, number]> => {
    const found = shown.folded.text.indexOf(word)
    return found < 0 ? [] : [originalRange(shown, [found, found + word.length])]
  })
  return snippetOf(
    shown.original,
    shown.lang,
    ranges.sort((a, b) => a[0] - b[0]),
  )
}

const rank = (kind: MatchKind) => matchKinds.indexOf(kind)

/**
 * The slides a query finds, best first: one hit per slide (its weightiest match, the earliest
 * step among equals) with a count of the others. Snippets prefer the language `lang`.
 */
export function search(index: SearchIndex, query: string, lang: Lang): SearchResults {
  const q = foldQuery(query)
  if (!q) return { slides: [], figures: [] }
  const bySlide = new Map<number, SlideHit>()
  for (const entry of index.entries) {
    const snippet = match(entry, q, lang)
    if (!snippet) continue
    const hit: SlideHit = { slide: entry.slide, step: entry.step, kind: entry.kind, snippet, more: 0 }
    if (entry.figure) hit.figure = entry.figure
    const best = bySlide.get(entry.slide)
    if (!best) {
      bySlide.set(entry.slide, hit)
      continue
    }
    const better = rank(hit.kind) < rank(best.kind) || (hit.kind === best.kind && hit.step < best.step)
    bySlide.set(entry.slide, better ? { ...hit, more: best.more + 1 } : { ...best, more: best.more + 1 })
  }
  const slides = [...bySlide.values()].sort((a, b) => rank(a.kind) - rank(b.kind) || a.slide - b.slide)
  const figures = index.figures.filter((entry) => match(entry, q, lang)).map((entry) => entry.figure!)
  return { slides, figures }
}

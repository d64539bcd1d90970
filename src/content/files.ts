// What a report pack is made of, without its schemas: the file names, the format version and how
// the report is named. The app's start-up needs only these; the schemas load when a pack is checked.
import type { Pack, PanelItem } from './pack'

/** The pack format this app reads. A pack states its own; older ones are migrated, newer ones refused. */
export const packFormat = 1

/** The files of a pack, by role. */
export const packFiles = {
  pack: 'pack.json',
  deck: 'deck.json',
  figures: 'figures.json',
  glossary: 'glossary.json',
  source: 'source.zh.txt',
} as const

/** The files the app itself reads; the source text is for the people and checks that prepare a pack. */
export const appPackFiles = [packFiles.pack, packFiles.deck, packFiles.figures, packFiles.glossary] as const

/** The figures a dashboard panel item shows: one, or a set of bars. */
export function itemFigureIds(item: PanelItem): string[] {
  return item.kind === 'bars' ? item.figures : [item.figure]
}

/** The report's full title in one language, as a window or a page is named: 乌海市公安局2016年工作回顾. */
export function reportTitle(pack: Pick<Pack, 'title' | 'organisation'>, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? `${pack.organisation.zh}${pack.title.zh}` : `${pack.organisation.en}: ${pack.title.en}`
}

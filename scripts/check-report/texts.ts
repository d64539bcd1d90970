// Walking a pack's texts and figure uses: every bilingual text with its place, and where each figure is shown.
import { itemFigureIds, type Pack } from '../../src/content/pack'
import type { Bilingual, Deck, Figure } from '../../src/content/schema'

export interface TextRef {
  /** Where the text sits, e.g. "deck.json: slides[12].blocks[1].items[0].text". */
  path: string
  text: Bilingual
}

/** Every bilingual text the audience or the presenter sees: deck texts and the figure labels and units shown on tiles and axes. */
export function allTexts(deck: Deck, figures: Iterable<Figure>, pack?: Pack): TextRef[] {
  const out: TextRef[] = []
  const add = (path: string, text: Bilingual | undefined) => {
    if (text) out.push({ path, text })
  }
  if (pack) {
    add('pack.json: title', pack.title)
    add('pack.json: organisation', pack.organisation)
    add('pack.json: place', pack.place)
    add('pack.json: credit', pack.credit)
    add('pack.json: dashboard.title', pack.dashboard?.title)
    pack.dashboard?.panels.forEach((panel, p) => add(`pack.json: dashboard.panels[${p}].title`, panel.title))
  }
  deck.slides.forEach((slide, s) => {
    const at = `deck.json: slides[${s}]`
    add(`${at}.title`, slide.title)
    add(`${at}.subtitle`, slide.subtitle)
    add(`${at}.kicker`, slide.kicker)
    add(`${at}.notes`, slide.notes)
    if (slide.headline) {
      add(`${at}.headline.text`, slide.headline.text)
      add(`${at}.headline.caption`, slide.headline.caption)
    }
    slide.blocks.forEach((block, b) => {
      const bat = `${at}.blocks[${b}]`
      switch (block.type) {
        case 'points':
          block.items.forEach((item, i) => add(`${bat}.items[${i}].text`, item.text))
          break
        case 'stats':
          block.tiles.forEach((tile, t) => add(`${bat}.tiles[${t}].caption`, tile.caption))
          break
        case 'chart':
          add(`${bat}.title`, block.title)
          add(`${bat}.caption`, block.caption)
          add(`${bat}.description`, block.description)
          block.nodes.forEach((node, n) => add(`${bat}.nodes[${n}]`, node))
          break
        case 'quote':
          add(`${bat}.text`, block.text)
          add(`${bat}.by`, block.by)
          break
        case 'source':
          add(`${bat}.text`, block.text)
          break
        case 'tiles':
          block.groups.forEach((group, g) => {
            add(`${bat}.groups[${g}].title`, group.title)
            group.items.forEach((item, i) => {
              add(`${bat}.groups[${g}].items[${i}].text`, item.text)
              item.trends.forEach((trend, t) => add(`${bat}.groups[${g}].items[${i}].trends[${t}].text`, trend.text))
            })
          })
          break
        case 'timeline':
          block.events.forEach((event, e) => {
            add(`${bat}.events[${e}].date`, event.date)
            add(`${bat}.events[${e}].text`, event.text)
          })
          break
      }
    })
  })
  let f = 0
  for (const figure of figures) {
    add(`figures.json: figures[${f}].label`, figure.label)
    add(`figures.json: figures[${f}].unit`, figure.unit)
    add(`figures.json: figures[${f}].words`, figure.words)
    if (figure.derived) add(`figures.json: figures[${f}].derived.formula`, figure.derived.formula)
    f++
  }
  return out
}

/** Figure id → the places on slides that show it (stat tiles, charts, points). */
export function figureUses(deck: Deck, pack?: Pick<Pack, 'dashboard'>): Map<string, string[]> {
  const uses = new Map<string, string[]>()
  const use = (id: string, path: string) => uses.set(id, [...(uses.get(id) ?? []), path])
  deck.slides.forEach((slide, s) => {
    if (slide.headline?.figure) use(slide.headline.figure, `slides[${s}].headline`)
    slide.blocks.forEach((block, b) => {
      const at = `slides[${s}].blocks[${b}]`
      if (block.type === 'stats') block.tiles.forEach((tile, t) => use(tile.figure, `${at}.tiles[${t}]`))
      if (block.type === 'chart') block.figures.forEach((id, i) => use(id, `${at}.figures[${i}]`))
      if (block.type === 'points')
        block.items.forEach((item, i) => item.figures.forEach((id) => use(id, `${at}.items[${i}]`)))
    })
  })
  pack?.dashboard?.panels.forEach((panel, p) =>
    panel.items.forEach((item, i) =>
      itemFigureIds(item).forEach((id) => use(id, `pack.json: dashboard.panels[${p}].items[${i}]`)),
    ),
  )
  return uses
}

/** Han characters and CJK punctuation (full-width comma, full stop, brackets...). Curly quotes are shared with English. */
export const cjk = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/

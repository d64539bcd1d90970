// Every text a slide shows, and its speaker notes, with the build step that reveals it: what search
// finds a slide by (tests/unit/slide-texts.test.ts holds it to the pack checker's walk of texts).
import type { Bilingual, Slide } from './schema'

export interface SlideText {
  text: Bilingual
  /** The first build step at which the text is on screen (0: from the start). */
  step: number
  part: 'title' | 'body' | 'notes'
}

export function slideTexts(slide: Slide): SlideText[] {
  const out: SlideText[] = []
  const add = (text: Bilingual | undefined, step = 0, part: SlideText['part'] = 'body') => {
    if (text) out.push({ text, step, part })
  }
  add(slide.title, 0, 'title')
  add(slide.kicker)
  add(slide.subtitle)
  add(slide.headline?.text)
  add(slide.headline?.caption)
  for (const block of slide.blocks) {
    switch (block.type) {
      case 'points':
        for (const item of block.items) add(item.text, item.step)
        break
      case 'stats':
        for (const tile of block.tiles) add(tile.caption, Math.max(block.step, tile.step ?? 0))
        break
      case 'chart':
        for (const text of [block.title, block.caption, block.description, ...block.nodes]) add(text, block.step)
        break
      case 'quote':
        add(block.text, block.step)
        add(block.by, block.step)
        break
      case 'source':
        add(block.text)
        break
      case 'tiles':
        for (const group of block.groups) {
          const groupStep = Math.max(block.step, group.step ?? 0)
          add(group.title, groupStep)
          for (const item of group.items) {
            const itemStep = Math.max(groupStep, item.step ?? 0)
            add(item.text, itemStep)
            for (const trend of item.trends) add(trend.text, itemStep)
          }
        }
        break
      case 'timeline':
        for (const event of block.events) {
          const eventStep = Math.max(block.step, event.step ?? 0)
          add(event.date, eventStep)
          add(event.text, eventStep)
        }
        break
    }
  }
  add(slide.notes, 0, 'notes')
  return out
}

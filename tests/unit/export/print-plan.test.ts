import { describe, expect, it } from 'vitest'
import { chartsOnSlide, printPlan, slideList } from '../../../src/chrome/printPlan'
import { slide as slideSchema } from '../../../src/content/schema'
import { parseStartup } from '../../../src/contract/url'

const plan = (search: string, slides = 5) => printPlan(parseStartup(search, ''), slides)

describe('printPlan', () => {
  it('prints every slide on a 16:9 page in the language asked for', () => {
    expect(plan('?print=1&lang=en')).toEqual({
      ok: true,
      plan: {
        kind: 'slides',
        lang: 'en',
        bilingual: false,
        notesLangs: ['en'],
        columnLang: 'zh',
        slides: [0, 1, 2, 3, 4],
      },
    })
    expect(plan('?print=1')).toMatchObject({ plan: { kind: 'slides', lang: 'zh', bilingual: false } })
  })

  it('prints lang=bi slides in the app’s bilingual mode, Chinese first', () => {
    expect(plan('?print=1&lang=bi&handout=slides')).toMatchObject({
      plan: { kind: 'slides', lang: 'zh', bilingual: true },
    })
  })

  it('gives notes pages the notes of the language, or of both with lang=bi', () => {
    expect(plan('?print=1&lang=en&handout=notes')).toMatchObject({
      plan: { kind: 'notes', lang: 'en', notesLangs: ['en'] },
    })
    expect(plan('?print=1&lang=bi&handout=notes')).toMatchObject({
      plan: { kind: 'notes', lang: 'zh', bilingual: true, notesLangs: ['zh', 'en'] },
    })
  })

  it('sets a monolingual slide beside a column in the other language for the bilingual handout', () => {
    expect(plan('?print=1&lang=bi&handout=bilingual')).toMatchObject({
      plan: { kind: 'bilingual', lang: 'zh', bilingual: false, columnLang: 'en' },
    })
    expect(plan('?print=1&lang=zh&handout=bilingual')).toMatchObject({
      plan: { kind: 'bilingual', lang: 'zh', columnLang: 'en' },
    })
    expect(plan('?print=1&lang=en&handout=bilingual')).toMatchObject({
      plan: { kind: 'bilingual', lang: 'en', columnLang: 'zh' },
    })
  })

  it('prints one slide alone for an image, whatever the handout', () => {
    expect(plan('?print=1&lang=en&slide=4&handout=notes')).toMatchObject({
      plan: { kind: 'single', lang: 'en', slides: [3] },
    })
    expect(plan('?print=1&lang=bi&slide=1')).toMatchObject({ plan: { kind: 'single', bilingual: true, slides: [0] } })
  })

  it('refuses a slide the deck does not have', () => {
    expect(plan('?print=1&slide=6', 5)).toEqual({ ok: false, problem: '?slide=6: the deck has 5 slides' })
  })
})

describe('chartsOnSlide', () => {
  const base = { id: 's', title: { zh: '标题', en: 'Title' }, notes: { zh: '备注', en: 'Notes' } }
  const chart = { type: 'chart', visual: 'gauges', figures: ['a'], description: { zh: '说明', en: 'About' } }
  const make = (layout: string, blocks: unknown[]) => slideSchema.parse({ ...base, layout, blocks })

  it('counts the chart a content layout draws', () => {
    expect(chartsOnSlide(make('chart', [chart]))).toBe(1)
    expect(
      chartsOnSlide(make('points', [chart, { type: 'points', items: [{ text: { zh: '点', en: 'Point' } }] }])),
    ).toBe(1)
    expect(chartsOnSlide(make('stats', [{ type: 'stats', tiles: [{ figure: 'a' }] }]))).toBe(0)
  })

  it('counts none on title, section, agenda and closing slides, which draw no blocks', () => {
    for (const layout of ['title', 'section', 'agenda', 'closing']) expect(chartsOnSlide(make(layout, [chart]))).toBe(0)
  })
})

describe('slideList', () => {
  it('lists slide numbers for messages', () => {
    expect(slideList([4])).toBe('4')
    expect(slideList([4, 9])).toBe('4 and 9')
    expect(slideList([2, 4, 9])).toBe('2, 4 and 9')
  })
})

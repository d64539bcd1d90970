// Icon tiles, the timeline and section headlines as a viewer and a screen reader get them.
import { render } from '@testing-library/svelte'
import { flushSync } from 'svelte'
import { describe, expect, it } from 'vitest'
import { slide as slideSchema, type Slide } from '../../src/content/schema'
import type { Report } from '../../src/content/validate'
import { readPack } from '../../electron/main/report-pack'
import SlideView from '../../src/slides/SlideView.svelte'
import type { SlideRender } from '../../src/slides/render'

const result = readPack('tests/fixtures/deck-sample')
if (!result.ok) throw new Error(result.problems.join('\n'))
const report: Report = result.report
const bi = (zh: string, en: string) => ({ zh, en })
const notes = bi('备注。', 'Notes.')

function view(over: Partial<SlideRender> = {}): SlideRender {
  return { report, lang: 'zh', bilingual: false, step: 0, active: true, animate: false, ...over }
}

const tilesSlide: Slide = slideSchema.parse({
  id: 'tiles',
  layout: 'points',
  title: bi('事故火灾双下降', 'Accidents and fires down'),
  notes,
  blocks: [
    {
      type: 'tiles',
      groups: [
        {
          items: [
            {
              icon: 'car',
              text: bi('重大道路交通事故', 'Major road traffic accidents'),
              trends: [
                { text: bi('起数', 'Accidents'), direction: 'down' },
                { text: bi('死亡人数', 'Deaths'), direction: 'down' },
              ],
            },
            {
              icon: 'heart-handshake',
              text: bi('群众', 'The public'),
              step: 1,
              trends: [{ text: bi('满意度', 'Satisfaction'), direction: 'up' }],
            },
          ],
        },
      ],
    },
    { type: 'points', items: [{ text: bi('一点', 'A point') }] },
  ],
})

const timelineSlide: Slide = slideSchema.parse({
  id: 'timeline',
  layout: 'points',
  title: bi('示范城市', 'A demonstration city'),
  notes,
  blocks: [
    {
      type: 'timeline',
      events: [
        { date: bi('2016年8月11-12日', '11–12 August 2016'), icon: 'mic', text: bi('调研会', 'The meeting') },
        { icon: 'award', text: bi('肯定', 'Recognition'), step: 1 },
        { icon: 'landmark', text: bi('列为示范城市', 'Named a demonstration city'), step: 2 },
      ],
    },
  ],
})

describe('icon tiles', () => {
  it('are the slide’s visual: icons hidden from screen readers, each up or down mark named', () => {
    const { container } = render(SlideView, { slide: tilesSlide, view: view({ lang: 'en', step: Infinity }) })
    const tiles = container.querySelector('[data-visual="tiles"]')!
    expect(tiles.closest('.anchor-area')).not.toBeNull()
    for (const svg of tiles.querySelectorAll('.badge svg')) expect(svg.getAttribute('aria-hidden')).toBe('true')
    const marks = [...tiles.querySelectorAll('.mark')].map((m) => [
      m.getAttribute('role'),
      m.getAttribute('aria-label'),
    ])
    expect(marks).toEqual([
      ['img', 'down'],
      ['img', 'down'],
      ['img', 'up'],
    ])
    expect(tiles.textContent).toContain('Major road traffic accidents')
  })

  it('name the marks in Chinese on the Chinese slide', () => {
    const { container } = render(SlideView, { slide: tilesSlide, view: view({ step: Infinity }) })
    expect([...container.querySelectorAll('.mark')].map((m) => m.getAttribute('aria-label'))).toEqual([
      '下降',
      '下降',
      '上升',
    ])
  })

  it('hold a tile back until its build step', () => {
    const props = $state({ slide: tilesSlide, view: view({ step: 0 }) })
    const { container } = render(SlideView, props)
    const hidden = () => [...container.querySelectorAll('.tile')].map((t) => t.classList.contains('hidden'))
    expect(hidden()).toEqual([false, true])
    props.view = view({ step: 1 })
    flushSync()
    expect(hidden()).toEqual([false, false])
  })
})

describe('the timeline', () => {
  it('shows the report’s date only where it gives one, and builds event by event', () => {
    const props = $state({ slide: timelineSlide, view: view({ lang: 'en', step: 1 }) })
    const { container } = render(SlideView, props)
    const events = [...container.querySelectorAll('[data-visual="timeline"] .event')]
    expect(events.map((e) => e.querySelector('.date')?.textContent?.trim())).toEqual(['11–12 August 2016', '', ''])
    expect(events.map((e) => e.classList.contains('hidden'))).toEqual([false, false, true])
    props.view = view({ lang: 'en', step: 2 })
    flushSync()
    expect(events.map((e) => e.classList.contains('hidden'))).toEqual([false, false, false])
  })
})

describe('section headlines', () => {
  const section = (headline: unknown): Slide =>
    slideSchema.parse({ id: 'part', layout: 'section', section: 2, title: bi('第二部分', 'Part two'), notes, headline })
  const someFigure = [...report.figures.values()][0]!

  it('show a figure of the part, formatted, with its label', () => {
    const { container } = render(SlideView, {
      slide: section({ figure: someFigure.id, icon: 'siren' }),
      view: view({ lang: 'en' }),
    })
    const headline = container.querySelector('[data-visual="headline"]')!
    expect(headline.querySelector('.figure')?.getAttribute('aria-label')).toMatch(/\d/)
    expect(headline.querySelector('.caption')?.textContent).toBe(someFigure.label.en)
    expect(headline.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true')
  })

  it('show a phrase with its caption', () => {
    const { container } = render(SlideView, {
      slide: section({ text: bi('六张防控网', 'Six networks'), caption: bi('说明', 'What it is') }),
      view: view({ lang: 'en' }),
    })
    expect(container.querySelector('.phrase')?.textContent).toBe('Six networks')
    expect(container.querySelector('.caption')?.textContent).toBe('What it is')
  })

  it('must have either a figure or a phrase', () => {
    const problem = (headline: unknown) =>
      slideSchema.safeParse({ id: 'p', layout: 'section', title: bi('标题', 'Title'), notes, headline }).error
        ?.issues[0]
    expect(problem({ icon: 'siren' })).toMatchObject({
      path: ['headline'],
      message: 'expected either "figure" or "text"',
    })
    expect(problem({ figure: someFigure.id, text: bi('a', 'b') })?.message).toBe('expected either "figure" or "text"')
    expect(problem({ text: bi('a', 'b') })).toBeUndefined()
  })
})

import { render } from '@testing-library/svelte'
import { flushSync } from 'svelte'
import { describe, expect, it } from 'vitest'
import type { Report } from '../../src/content/validate'
import { readPack } from '../../electron/main/report-pack'
import SlideView from '../../src/slides/SlideView.svelte'
import type { SlideRender } from '../../src/slides/render'

const result = readPack('tests/fixtures/deck-sample')
if (!result.ok) throw new Error(result.problems.join('\n'))
const report: Report = result.report
const slide = (id: string) => report.deck.slides.find((s) => s.id === id)!

function view(over: Partial<SlideRender> = {}): SlideRender {
  return { report, lang: 'zh', bilingual: false, step: 0, active: true, animate: false, ...over }
}

describe('stat tiles', () => {
  it('show each figure formatted for the language, and mark a derived one with its formula', () => {
    const { container } = render(SlideView, { slide: slide('results'), view: view({ lang: 'en', step: Infinity }) })
    const derived = container.querySelector('[data-figure="incidents-2016"]')!
    expect(derived.querySelector('.value')?.getAttribute('aria-label')).toBe('about 2,623 incidents')
    expect(derived.textContent).toContain('derived')
    expect(derived.textContent).toContain('5,453 × (1 − 51.9%)')
    expect(container.querySelector('[data-figure="incidents-2012"] .value')?.getAttribute('aria-label')).toBe(
      '5,453 incidents',
    )
    expect(container.querySelector('[data-figure="incidents-2012"]')?.textContent).not.toContain('derived')
  })

  it('hold back tiles until their build step', () => {
    const { container } = render(SlideView, { slide: slide('results'), view: view({ step: 0 }) })
    expect(container.querySelector('[data-figure="incidents-2012"]')?.classList.contains('hidden')).toBe(false)
    expect(container.querySelector('[data-figure="incidents-2016"]')?.classList.contains('hidden')).toBe(true)
    expect(container.querySelector('[data-figure="property-change"]')?.classList.contains('hidden')).toBe(true)
  })
})

describe('points', () => {
  it('reveal one build step at a time', () => {
    const props = $state({ slide: slide('s2-rates'), view: view({ step: 1 }) })
    const { container } = render(SlideView, props)
    const hidden = () => [...container.querySelectorAll('.points li')].map((li) => li.classList.contains('hidden'))
    expect(hidden()).toEqual([false, false, true])
    props.view = view({ step: 2 })
    flushSync()
    expect(hidden()).toEqual([false, false, false])
  })
})

describe('bilingual mode', () => {
  it('puts the other language under the heading and each point', () => {
    const { container } = render(SlideView, {
      slide: slide('s2-rates'),
      view: view({ lang: 'en', bilingual: true, step: Infinity }),
    })
    const heading = container.querySelector('h1')!
    expect(heading.querySelector('.primary')?.textContent).toBe('Every homicide solved; 69.4% of all cases cleared')
    expect(heading.querySelector('.secondary')?.textContent).toBe('命案全破，全年破案率69.4%')
    expect(heading.querySelector('.secondary')?.getAttribute('lang')).toBe('zh-CN')
    expect(container.querySelectorAll('.points li .secondary')).toHaveLength(3)
  })

  it('writes the source line in both languages, on one line', () => {
    const withSource = report.deck.slides.find((s) => s.blocks.some((b) => b.type === 'source'))!
    const { container } = render(SlideView, { slide: withSource, view: view({ lang: 'zh', bilingual: true }) })
    const source = withSource.blocks.find((b) => b.type === 'source')
    if (source?.type !== 'source') throw new Error('no source line')
    expect(container.querySelector('footer.source')?.textContent).toBe(source.text.zh + source.text.en)
  })

  it('shows one language only when bilingual mode is off', () => {
    const { container } = render(SlideView, { slide: slide('s2-rates'), view: view({ lang: 'zh' }) })
    expect(container.querySelectorAll('.secondary')).toHaveLength(0)
  })
})

describe('agenda', () => {
  it('lists the section openers of the deck', () => {
    const { container } = render(SlideView, { slide: slide('agenda'), view: view({ lang: 'en' }) })
    const items = [...container.querySelectorAll('ol li')].map((li) => [
      li.querySelector('.number')?.textContent,
      li.querySelector('.name')?.textContent,
    ])
    expect(items).toEqual([['1', 'The Wuhai Campaign against crime of every kind']])
  })
})

import { describe, expect, it } from 'vitest'
import type { Programme } from '../../../src/contract'
import type { Slide } from '../../../src/content/schema'
import { stepCount } from '../../../src/content/steps'
import { programmeOrder, wholeReport } from '../../../src/programme/order'
import { formatMinutes, programmePace, slideSeconds, spokenUnits, timePlan } from '../../../src/programme/timing'
import { loadReport } from '../content-helpers'

const report = loadReport()
const hebei: Programme = {
  name: 'Hebei visit',
  delegation: { zh: '河北省公安厅考察团', en: 'Delegation of the Hebei Provincial Public Security Department' },
  lang: 'en',
  notesLang: 'zh',
  minutes: 12,
  slides: [{ part: 3 }, 'part-5-smart'],
}
const slide = (notes: { zh: string; en: string }, extra: Partial<Slide> = {}): Slide => ({
  id: 'x',
  layout: 'points',
  title: { zh: '标题', en: 'Title' },
  blocks: [],
  notes,
  ...extra,
})

describe('speaking-time estimates', () => {
  it('about 4 Chinese characters or 2.3 English words a second', () => {
    expect(spokenUnits('全市刑事警情下降，破案2016起。', 'zh')).toBe(12)
    expect(spokenUnits('Criminal incidents fell — by 51.9% — in 2016.', 'en')).toBe(7)
    const s = slide({ zh: '字'.repeat(80), en: Array(46).fill('word').join(' ') })
    expect(slideSeconds(s, 'zh')).toBe(20)
    expect(slideSeconds(s, 'en')).toBe(20)
  })

  it('adds a few seconds per build step, and the content may set its own time', () => {
    const items = [0, 1, 2].map((step) => ({ text: { zh: '点', en: 'point' }, step, figures: [] }))
    const built = slide({ zh: '字'.repeat(40), en: 'a b' }, { blocks: [{ type: 'points', items }] })
    expect(stepCount(built)).toBe(2)
    expect(slideSeconds(built, 'zh')).toBe(10 + 2 * 3)
    expect(slideSeconds({ ...built, speakingSeconds: 90 }, 'zh')).toBe(90)
  })

  it('estimates every slide of the report from its notes', () => {
    const plan = timePlan(wholeReport(report), 'zh', report.pack.plannedMinutes)
    expect(plan.seconds).toHaveLength(report.deck.slides.length)
    expect(plan.seconds.every((s) => s > 0)).toBe(true)
    expect(plan.totalSeconds).toBe(plan.seconds.reduce((a, b) => a + b, 0))
  })
})

describe('a programme’s time plan', () => {
  const result = programmeOrder(hebei, report)
  if (!result.ok) throw new Error(result.problems.join('\n'))
  const order = result.order
  const plan = timePlan(order, 'zh', 12)
  const part3 = report.deck.slides.filter((s) => s.section === 3).length

  it('groups the stops into opening, the parts in order, and closing', () => {
    expect(plan.groups.map((g) => [g.kind, g.part ?? null, g.to - g.from])).toEqual([
      ['opening', null, 1],
      ['part', 3, part3],
      ['part', 5, 1],
      ['closing', null, 1],
    ])
    expect(plan.plannedSeconds).toBe(720)
    expect(plan.groups.reduce((a, g) => a + g.seconds, 0)).toBe(plan.totalSeconds)
  })

  it('estimates in the language the notes are read in', () => {
    const en = timePlan(order, 'en', 12)
    expect(en.totalSeconds).not.toBe(plan.totalSeconds)
  })

  it('tells, part by part, how far ahead or behind the talk is', () => {
    // A plan of three stops estimated 60, 120 and 60 s, spoken in 8 minutes: budgets of 2, 4 and 2 min.
    const simple = {
      seconds: [60, 120, 60],
      totalSeconds: 240,
      plannedSeconds: 480,
      groups: [
        { kind: 'opening' as const, from: 0, to: 1, seconds: 60 },
        { kind: 'part' as const, part: 3, from: 1, to: 3, seconds: 180 },
      ],
    }
    const min = 60_000
    expect(programmePace(simple, 1.5 * min, 0)).toMatchObject({ status: 'on-track', group: { kind: 'opening' } })
    expect(programmePace(simple, 3 * min, 0)).toMatchObject({ status: 'behind', minutes: 1 })
    expect(programmePace(simple, 3 * min, 1)).toMatchObject({ status: 'on-track', group: { part: 3 } })
    expect(programmePace(simple, 8 * min, 1)).toMatchObject({ status: 'behind', minutes: 2, group: { part: 3 } })
    expect(programmePace(simple, 1 * min, 2)).toMatchObject({ status: 'ahead', minutes: 5 })
    expect(programmePace(simple, 6.2 * min, 2)).toMatchObject({ status: 'on-track' })
  })

  it('writes durations as minutes and seconds', () => {
    expect(formatMinutes(65)).toBe('1:05')
    expect(formatMinutes(720)).toBe('12:00')
  })
})

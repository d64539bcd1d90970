import { describe, expect, it } from 'vitest'
import { ProgrammeDraft } from '../../../src/programme/draft.svelte'
import { loadReport } from '../content-helpers'

const slides = loadReport().deck.slides
const part3 = slides.flatMap((s, i) => (s.section === 3 ? [i] : []))
const id = (i: number) => slides[i]!.id

describe('preparing a programme', () => {
  it('includes whole parts and single slides, and leaving one out of a part keeps the rest in place', () => {
    const draft = new ProgrammeDraft(slides)
    draft.setSlide(1, true)
    draft.setPart(3, true)
    draft.setSlide(
      slides.findIndex((s) => s.id === 'part-5-smart'),
      true,
    )
    expect(draft.entries).toEqual([id(1), { part: 3 }, 'part-5-smart'])
    expect(draft.included).toEqual([1, ...part3, slides.findIndex((s) => s.id === 'part-5-smart')])
    draft.setSlide(part3[1]!, false)
    expect(draft.entries).toEqual([id(1), ...part3.filter((_, i) => i !== 1).map(id), 'part-5-smart'])
    // Ticking the part again makes it one entry where its slides were.
    draft.setPart(3, true)
    expect(draft.entries).toEqual([id(1), { part: 3 }, 'part-5-smart'])
    draft.setPart(3, false)
    expect(draft.entries).toEqual([id(1), 'part-5-smart'])
  })

  it('reorders within bounds and removes', () => {
    const draft = new ProgrammeDraft(slides)
    draft.setPart(3, true)
    draft.setPart(5, true)
    expect(draft.move(1, -1)).toBe(0)
    expect(draft.entries).toEqual([{ part: 5 }, { part: 3 }])
    expect(draft.move(0, -1)).toBe(0)
    draft.remove(0)
    expect(draft.entries).toEqual([{ part: 3 }])
  })

  it('checks what was typed, naming each missing field, and round-trips a loaded programme', () => {
    const draft = new ProgrammeDraft(slides)
    const empty = draft.check()
    expect(empty.ok).toBe(false)
    if (!empty.ok)
      expect(empty.problems).toEqual([
        'programme.name: expected non-empty text',
        'programme.delegation.zh: expected non-empty text',
        'programme.delegation.en: expected non-empty text',
        'programme.slides: expected at least one slide or part',
      ])
    draft.fields = {
      ...draft.fields,
      name: 'Visit',
      delegationZh: '考察团',
      delegationEn: 'Delegation',
      hostZh: '接待',
    }
    draft.setPart(3, true)
    const noHostEn = draft.check()
    expect(noHostEn.ok || noHostEn.problems).toEqual(['programme.host.en: expected non-empty text'])
    draft.fields = { ...draft.fields, hostZh: '', date: '2027-03-15' }
    const good = draft.check()
    expect(good.ok).toBe(true)
    if (!good.ok) return
    const again = new ProgrammeDraft(slides)
    again.load(good.programme)
    expect(again.check()).toEqual(good)
  })
})

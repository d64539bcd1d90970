import { describe, expect, it } from 'vitest'
import type { Programme } from '../../../src/contract'
import { generatedIds, formatDate, isGenerated } from '../../../src/programme/generated'
import { startingOrder } from '../../../src/programme/launch'
import { programmeOrder, reportParts, runningReport } from '../../../src/programme/order'
import { loadReport } from '../content-helpers'

const report = loadReport()
const slides = report.deck.slides
const hebei: Programme = {
  name: 'Hebei visit',
  delegation: { zh: '河北省公安厅考察团', en: 'Delegation of the Hebei Provincial Public Security Department' },
  date: '2027-03-15',
  lang: 'en',
  notesLang: 'zh',
  minutes: 12,
  slides: [{ part: 3 }, 'part-5-smart'],
}
const indexOf = (id: string) => slides.findIndex((s) => s.id === id)

describe('running order of a programme', () => {
  it('welcome, the chosen parts and slides in the programme order, closing', () => {
    const result = programmeOrder(hebei, report)
    if (!result.ok) throw new Error(result.problems.join('\n'))
    const { order } = result
    const part3 = slides.flatMap((s, i) => (s.section === 3 ? [i] : []))
    expect(part3.length).toBeGreaterThan(1)
    const ids = order.stops.map((i) => order.slides[i]!.id)
    expect(ids).toEqual([
      generatedIds.welcome,
      ...part3.map((i) => slides[i]!.id),
      'part-5-smart',
      generatedIds.closing,
    ])
    // Report slides keep their indexes; the generated ones come after them.
    expect(order.stops.slice(1, -1)).toEqual([...part3, indexOf('part-5-smart')])
    expect(order.reportSlides).toBe(slides.length)
    expect(order.digest).toMatch(/^[0-9a-f]{16}$/)
  })

  it('names an unknown slide with the known ids, an unknown part with the parts', () => {
    const result = programmeOrder({ ...hebei, slides: ['part-5-smart', { part: 11 }, 'part-11-x'] }, report)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toHaveLength(2)
    expect(result.problems[0]).toMatch(/^programme\.slides\[1\]\.part: no part 11 in this report; parts are 1, 2, 3/)
    expect(result.problems[1]).toMatch(
      /^programme\.slides\[2\]: no slide "part-11-x" in this report; known ids: "title", /,
    )
  })

  it('refuses a slide chosen twice, naming where it was first', () => {
    const result = programmeOrder({ ...hebei, slides: [{ part: 5 }, 'part-5-smart'] }, report)
    expect(result.ok || result.problems).toEqual([
      'programme.slides[1]: slide "part-5-smart" is already in the programme (programme.slides[0]); expected each slide once',
    ])
  })

  it('lists the report parts 1 to 10', () => {
    expect([...reportParts(slides).keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  })

  it('the running report carries the programme length and the generated slides', () => {
    const result = programmeOrder(hebei, report)
    if (!result.ok) throw new Error()
    const running = runningReport(report, result.order)
    expect(running.pack.plannedMinutes).toBe(12)
    expect(running.deck.slides).toHaveLength(slides.length + 2)
    expect(report.deck.slides).toHaveLength(slides.length)
  })
})

describe('welcome and closing slides', () => {
  const result = programmeOrder(hebei, report)
  if (!result.ok) throw new Error()
  const welcome = result.order.slides[result.order.stops[0]!]!
  const closing = result.order.slides[result.order.stops.at(-1)!]!

  it('greet and thank the delegation by name in both languages, with the date per language', () => {
    expect(isGenerated(welcome) && isGenerated(closing)).toBe(true)
    expect(welcome.title.zh).toBe('热烈欢迎河北省公安厅考察团莅临乌海指导交流')
    expect(welcome.title.en).toBe('Welcome to Wuhai, Delegation of the Hebei Provincial Public Security Department')
    expect(closing.title.zh).toContain('河北省公安厅考察团')
    expect(closing.title.en).toContain('Delegation of the Hebei Provincial Public Security Department')
    if (!isGenerated(welcome)) return
    expect(welcome.generated.date).toEqual({ zh: '2027年3月15日', en: 'March 15, 2027' })
    expect(formatDate('2027-12-31', 'zh')).toBe('2027年12月31日')
  })

  it('name the place the report pack names', () => {
    const elsewhere = { ...report, pack: { ...report.pack, place: { zh: '示例市', en: 'Example City' } } }
    const other = programmeOrder(hebei, elsewhere)
    if (!other.ok) throw new Error(other.problems.join('\n'))
    const [first, last] = [other.order.slides[other.order.stops[0]!]!, other.order.slides[other.order.stops.at(-1)!]!]
    expect(first.title.zh).toBe('热烈欢迎河北省公安厅考察团莅临示例市指导交流')
    expect(first.title.en).toBe(
      'Welcome to Example City, Delegation of the Hebei Provincial Public Security Department',
    )
    expect(last.title.en).toBe(
      'Thank you, Delegation of the Hebei Provincial Public Security Department, for your visit to Example City',
    )
  })

  it('say nothing but courtesy, the name, the date and the programme itself', () => {
    if (!isGenerated(welcome)) throw new Error()
    const { lead, trail } = welcome.generated
    const said = [lead.zh, trail.zh, welcome.notes.zh].join('')
    // No figure, place or date of its own: the only digits are the programme's counts.
    expect(said.replace(/\d+/g, '')).not.toMatch(/[0-9]/)
    expect(welcome.notes.zh).toContain(`${hebei.minutes}分钟`)
    expect(welcome.generated.host).toBeUndefined()
  })
})

describe('which programme a window starts', () => {
  it('the launched file when its name matches, else a saved one, else a clear problem', async () => {
    const saved = [{ ...hebei, minutes: 20 }]
    const launched = await startingOrder(report, 'Hebei visit', hebei, saved)
    expect(launched.ok && launched.order.programme?.minutes).toBe(12)
    const stored = await startingOrder(report, 'Hebei visit', null, saved)
    expect(stored.ok && stored.order.programme?.minutes).toBe(20)
    const none = await startingOrder(report, 'Inner Mongolia', null, saved)
    expect(none.ok || none.problems).toEqual([
      '?programme=Inner Mongolia: no programme of that name; saved programmes: "Hebei visit"',
    ])
    const whole = await startingOrder(report, undefined, null, saved)
    expect(whole.ok && whole.order.stops).toHaveLength(slides.length)
  })

  it('a launched file that breaks the schema is reported, not run', async () => {
    const bad = await startingOrder(report, 'Hebei visit', { ...hebei, minutes: -1 }, [])
    expect(bad.ok || bad.problems[0]).toMatch(/^programme file\.minutes: /)
  })
})

// The handout's reading column: a slide's words in one language, whatever blocks hold them.
import { render } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import { readPack } from '../../electron/main/report-pack'
import PrintColumn from '../../src/chrome/PrintColumn.svelte'
import type { Report } from '../../src/content/validate'
import { formatFigure } from '../../src/i18n/figures'
import type { Lang } from '../../src/i18n/lang'

const result = readPack('resources/content')
if (!result.ok) throw new Error(result.problems.join('\n'))
const report: Report = result.report
const slide = (id: string) => report.deck.slides.find((s) => s.id === id)!
const column = (id: string, lang: Lang) => {
  const { container } = render(PrintColumn, { slide: slide(id), report, lang })
  return container.textContent!.replace(/\s+/g, ' ')
}

describe('reading column', () => {
  it("gives a section's headline figure, written for the language, with its label", () => {
    const patrol = report.figures.get('patrol-hours')!
    const text = column('part-1', 'en')
    expect(text).toContain(formatFigure(patrol, 'en'))
    expect(text).toContain(patrol.label.en)
  })

  it("gives a section's headline phrase and its caption", () => {
    const headline = slide('part-4').headline!
    const text = column('part-4', 'zh')
    expect(text).toContain(headline.text!.zh)
    expect(text).toContain(headline.caption!.zh)
  })

  it('lists icon tiles with their group titles and which way each measure went', () => {
    expect(column('results-overview', 'en')).toContain('Major road traffic accidents: Number down, Deaths down')
    expect(column('results-overview', 'zh')).toContain('重大道路交通事故：起数下降、死亡人数下降')
    const outlook = column('outlook-2017', 'en')
    expect(outlook).toContain('Two leading principles')
    expect(outlook).toContain('Intelligence-led internally')
  })

  it('lists a timeline’s events with their dates', () => {
    const text = column('part-7-recognition', 'en')
    expect(text).toContain('11–12 August 2016')
    expect(text).toContain('Model presentation at the national meeting')
    expect(text).toContain('Named a demonstration city')
  })
})

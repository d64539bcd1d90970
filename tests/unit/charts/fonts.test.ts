import { describe, expect, it } from 'vitest'
import { chartText, fontsPending } from '../../../src/charts/fonts'
import { samples } from './fixtures'

describe('chart fonts', () => {
  it('lists every character the chart may draw, in both languages when bilingual', () => {
    const zh = chartText({ ...samples.compare, lang: 'zh' })
    for (const ch of '约2623起推算值较刑事警情−%') expect(zh).toContain(ch)
    expect(zh).not.toContain('c')
    const bi = chartText({ ...samples.origins, lang: 'zh', bilingual: true })
    for (const ch of '乌海福建Wuhaidelgtsov') expect(bi).toContain(ch)
  })

  it('never holds a chart back where there is no font set to wait for', () => {
    expect(fontsPending({ ...samples.ring, lang: 'en' })).toBeUndefined()
  })
})

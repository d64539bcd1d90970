import { describe, expect, it } from 'vitest'
import { firstPaintMarkers, withoutFirstPaint } from '../../../src/contract/firstPaint'

describe('withoutFirstPaint', () => {
  const { start, end } = firstPaintMarkers

  it('takes out what lies between the markers, markers and all', () => {
    expect(withoutFirstPaint(`<body>\n${start}<div data-first-paint="zh"><div>x</div></div>${end}<div id="app">`)).toBe(
      '<body>\n<div id="app">',
    )
  })

  it('leaves a page without both markers as it is', () => {
    for (const page of ['<body><div id="app">', `<body>${start}<div>`, `<body>${end}${start}`])
      expect(withoutFirstPaint(page)).toBe(page)
  })
})

import { describe, expect, it } from 'vitest'
import { movedStyles } from '../../../src/firstPaint/render'
import { firstPaintStyleAttribute } from '../../../src/firstPaint/variants'

describe('movedStyles', () => {
  it('moves every style attribute to the one the entry applies, and drops Svelte’s markers', () => {
    const markup =
      '<!--[--><p class="a" style="--enter-delay: 80ms;">x<!----></p><h1 style="font-size: 104px;">y</h1><!--]-->'
    expect(movedStyles(markup)).toBe(
      `<p class="a" ${firstPaintStyleAttribute}="--enter-delay: 80ms;">x</p><h1 ${firstPaintStyleAttribute}="font-size: 104px;">y</h1>`,
    )
  })

  it('leaves attributes that only end in "style" alone', () => {
    expect(movedStyles('<div data-style="a" style="b"></div>')).toBe(
      `<div data-style="a" ${firstPaintStyleAttribute}="b"></div>`,
    )
  })

  it('leaves text that reads like a style attribute alone', () => {
    expect(movedStyles('<p style="a">set style="b" here</p>')).toBe(
      `<p ${firstPaintStyleAttribute}="a">set style="b" here</p>`,
    )
  })
})

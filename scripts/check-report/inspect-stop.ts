// How a slide on stage looks to a viewer, measured in the page: text clipped or cut by the canvas,
// text over text or over a chart, text under 24 px of the 1920×1080 canvas, and whether a content
// slide has a visual. Runs in the browser (page.evaluate), so it uses nothing from outside itself.

export interface StopReport {
  problems: string[]
  texts: number
  visual: boolean
  layout: string
}

/** Runs in the page: looks at the slide on stage as a viewer would. */
export function inspectStop(): StopReport {
  const article = document.querySelector<HTMLElement>('[data-slide-number] article')
  if (!article) return { problems: ['no slide on stage'], texts: 0, visual: false, layout: '' }
  const canvas = article.getBoundingClientRect()
  const scale = canvas.width / 1920
  const problems: string[] = []
  type Box = { left: number; top: number; right: number; bottom: number }
  const shown = (el: Element): boolean => {
    for (let e: Element | null = el; e && e !== article.parentElement; e = e.parentElement) {
      const style = getComputedStyle(e)
      if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) return false
    }
    return true
  }
  const name = (el: Element, text: string) =>
    `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${text.slice(0, 40)}"`
  const inside = (inner: Box, outer: Box, slack: number) =>
    inner.left >= outer.left - slack &&
    inner.top >= outer.top - slack &&
    inner.right <= outer.right + slack &&
    inner.bottom <= outer.bottom + slack
  const overlapArea = (a: Box, b: Box) =>
    Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
    Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top))

  // HTML text, line by line, with the boxes that clip it.
  const lines: Array<{ box: Box; owner: Element; label: string; chart: Element | null }> = []
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? ''
    const owner = node.parentElement
    if (!text || !owner || owner.closest('svg') || !shown(owner)) continue
    // Computed sizes are the canvas' own pixels: the canvas is scaled as a whole, by a transform.
    const px = parseFloat(getComputedStyle(owner).fontSize)
    if (px < 23.5) problems.push(`${name(owner, text)}: ${px.toFixed(1)} px, under 24`)
    const range = document.createRange()
    range.selectNodeContents(node)
    const slack = Math.max(2, (px * scale) / 4)
    // A text's boxes are its font's full height; its lines are as tall as its line height, and the
    // glyphs keep inside them (a big number set tight over its caption is not an overlap).
    const lineHeight = (parseFloat(getComputedStyle(owner).lineHeight) || Infinity) * scale
    for (const rect of range.getClientRects()) {
      if (rect.width < 1 || rect.height < 1) continue
      const trim = Math.max(0, (rect.height - lineHeight) / 2)
      const box = { left: rect.left, top: rect.top + trim, right: rect.right, bottom: rect.bottom - trim }
      if (!inside(box, canvas, 1)) problems.push(`${name(owner, text)}: cut by the canvas`)
      for (let e: Element | null = owner; e && e !== article; e = e.parentElement) {
        const style = getComputedStyle(e)
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue
        const clip = e.getBoundingClientRect()
        if (!inside(box, clip, slack)) {
          problems.push(`${name(owner, text)}: clipped by ${name(e, '')}`)
          break
        }
      }
      lines.push({ box, owner, label: name(owner, text), chart: null })
    }
  }
  // Chart text, and the charts' boxes, which no slide text may cover.
  const charts = [...article.querySelectorAll('[data-chart-visual]')]
  for (const chart of charts) {
    for (const text of chart.querySelectorAll('text')) {
      const content = text.textContent?.trim() ?? ''
      if (!content || !shown(text)) continue
      const px = parseFloat(text.getAttribute('font-size') ?? getComputedStyle(text).fontSize)
      if (px < 23.5) problems.push(`chart text "${content.slice(0, 40)}": ${px} px, under 24`)
      const r = text.getBoundingClientRect()
      if (r.width < 1) continue
      const box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom }
      if (!inside(box, chart.getBoundingClientRect(), 2 * scale))
        problems.push(`chart text "${content}": outside its chart`)
      lines.push({ box, owner: text.parentElement ?? text, label: `chart text "${content.slice(0, 40)}"`, chart })
    }
  }
  for (let i = 0; i < lines.length; i++)
    for (let j = i + 1; j < lines.length; j++) {
      const a = lines[i]!
      const b = lines[j]!
      if (a.owner === b.owner) continue
      const area = overlapArea(a.box, b.box)
      // Rich chart text is drawn span by span: neighbouring spans may touch, never cover each other.
      const height = Math.min(a.box.bottom - a.box.top, b.box.bottom - b.box.top)
      if (area > height * height * 0.25) problems.push(`${a.label} overlaps ${b.label}`)
    }
  for (const line of lines) {
    if (line.chart) continue
    for (const chart of charts)
      if (overlapArea(line.box, chart.getBoundingClientRect()) > 4 * scale * scale)
        problems.push(`${line.label} overlaps the chart ${chart.getAttribute('data-chart-visual')}`)
  }
  const visual = article.querySelector('[data-visual] , [data-chart-visual]') !== null
  return { problems, texts: lines.length, visual, layout: article.dataset.layout ?? '' }
}

// The opening slide the build writes into index.html (src/firstPaint) lies between two markers. It
// is the bundled report's: a server that answers content/… with another pack's files serves the
// page without it, and the app starts as it would without a written-in slide.

export const firstPaintMarkers = { start: '<!--first-paint-->', end: '<!--/first-paint-->' } as const

/** `html` with whatever lies between the markers (and the markers) taken out. */
export function withoutFirstPaint(html: string): string {
  const start = html.indexOf(firstPaintMarkers.start)
  const end = html.indexOf(firstPaintMarkers.end, start)
  if (start < 0 || end < 0) return html
  return html.slice(0, start) + html.slice(end + firstPaintMarkers.end.length)
}

// Reading built options the way a viewer reads the chart: texts without rich-text markup,
// series by type, graphic elements by id.
import type { EChartsOption } from 'echarts'

/** Rich text `{style|text}` spans replaced by their text. */
export function plain(markup: string): string {
  return markup.replace(/\{[A-Za-z0-9]+\|([^}]*)\}/g, '$1')
}

export type AnyRecord = Record<string, any>

export function seriesOf(option: EChartsOption): AnyRecord[] {
  const series = option.series
  return (Array.isArray(series) ? series : series ? [series] : []) as AnyRecord[]
}

export function graphicElements(option: EChartsOption): AnyRecord[] {
  const graphic = option.graphic as AnyRecord | AnyRecord[] | undefined
  const parts = Array.isArray(graphic) ? graphic : graphic ? [graphic] : []
  return parts.flatMap((p) => (p.elements ?? []) as AnyRecord[])
}

export function element(option: EChartsOption, id: string): AnyRecord {
  const found = graphicElements(option).find((e) => e.id === id)
  if (!found) throw new Error(`no graphic element "${id}"`)
  return found
}

/** A series data item's label text at a shown value (its own value when omitted). */
export function itemLabel(item: AnyRecord, at?: number): string {
  return plain(item.label.formatter({ value: at ?? item.value, dataIndex: 0 }))
}

/** Every font size anywhere in an option (series labels, rich styles, graphic texts). */
export function fontSizes(value: unknown, found: number[] = []): number[] {
  if (Array.isArray(value)) value.forEach((v) => fontSizes(v, found))
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      if (key === 'fontSize' && typeof v === 'number') found.push(v)
      else fontSizes(v, found)
    }
  return found
}

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** The box of a rect or circle graphic element. */
export function shapeBox(el: AnyRecord): Box {
  const s = el.shape
  if (el.type === 'circle') return { x: s.cx - s.r, y: s.cy - s.r, width: 2 * s.r, height: 2 * s.r }
  return { x: s.x, y: s.y, width: s.width, height: s.height }
}

export function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

export function inside(a: Box, size: { width: number; height: number }): boolean {
  return a.x >= 0 && a.y >= 0 && a.x + a.width <= size.width + 0.5 && a.y + a.height <= size.height + 0.5
}

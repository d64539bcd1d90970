import { describe, expect, it } from 'vitest'
import { bars, tileGrid } from '../../../src/charts/builders/bars'
import { sharesUnit } from '../../../src/charts/numberTiles'
import type { ChartInput } from '../../../src/charts/builders/common'
import { compare } from '../../../src/charts/builders/compare'
import { declines } from '../../../src/charts/builders/declines'
import { flow } from '../../../src/charts/builders/flow'
import { gauges } from '../../../src/charts/builders/gauges'
import { hub } from '../../../src/charts/builders/hub'
import { buildOption, chartProblems, visuals } from '../../../src/charts/builders/index'
import { chartFigureText, labelShowsUnit } from '../../../src/charts/builders/labels'
import { origins } from '../../../src/charts/builders/origins'
import { ring } from '../../../src/charts/builders/ring'
import { visualKinds, type Figure } from '../../../src/content/schema'
import type { ChartBlock } from '../../../src/content/schema'
import { themes } from '../../../src/styles/palette'
import { loadReport } from '../content-helpers'
import { chartBlock, figures as f, nodes, samples } from './fixtures'
import {
  element,
  fontSizes,
  graphicElements,
  inside,
  itemLabel,
  overlap,
  plain,
  seriesOf,
  shapeBox,
  type AnyRecord,
} from './helpers'

const size = { width: 970, height: 620 }
const input = (kind: keyof typeof samples, extra: Partial<ChartInput> = {}): ChartInput => ({
  ...samples[kind],
  lang: 'zh',
  size,
  ...extra,
})
const detail = (series: AnyRecord, at?: number) => plain(series.detail.formatter(at ?? series.data[0].value))
const lines = (markup: string) => plain(markup).split('\n')

describe('compare', () => {
  const zh = compare(input('compare'))
  const en = compare(input('compare', { lang: 'en' }))
  const [bar] = seriesOf(zh)

  it('draws the two values as bars from zero on one scale, before then after', () => {
    expect(bar!.type).toBe('bar')
    expect(bar!.data.map((d: AnyRecord) => d.value)).toEqual([5453, 2623])
    expect(bar!.data.map((d: AnyRecord) => d.id)).toEqual(['incidents-2012', 'incidents-2016'])
    expect(zh.yAxis).toMatchObject({ type: 'value', min: 0, max: 5453 })
  })

  it('labels each bar with the value as the slide text writes it, counting up', () => {
    expect(itemLabel(bar!.data[0])).toBe('5453起')
    expect(lines(bar!.data[1].label.formatter({ value: 2623 }))[0]).toBe('约2623起')
    const [enBar] = seriesOf(en)
    // "about 2,623 cases" needs two lines in its band, so both bars put the unit under the number.
    expect(itemLabel(enBar!.data[0])).toBe('5,453\ncases')
    expect(plain(enBar!.data[1].label.formatter({ value: 2623 }))).toBe('about 2,623\ncases\nderived')
    expect(bar!.label.valueAnimation).toBe(true)
    expect(itemLabel(bar!.data[0], 2726.4)).toBe('2727起') // half-way step of the count-up: 5453 × 12/24
  })

  it('marks the derived bar: hatched, dashed frame, "推算值" tag', () => {
    const [before, after] = bar!.data as AnyRecord[]
    expect(after!.itemStyle.decal).toBeDefined()
    expect(after!.itemStyle.borderType).toBe('dashed')
    expect(before!.itemStyle.decal).toBeUndefined()
    expect(lines(after!.label.formatter({ value: 2623 }))).toContain('推算值')
    expect(lines(before!.label.formatter({ value: 5453 }))).not.toContain('推算值')
  })

  it('names the bars on the axis from the figure labels', () => {
    expect((zh.xAxis as AnyRecord).data.map(plain)).toEqual(['2012年刑事警情', '2016年刑事警情'])
    expect((en.xAxis as AnyRecord).data.map((d: string) => plain(d).replace(/\n/g, ' '))).toEqual([
      'Criminal incidents, 2012',
      'Criminal incidents, 2016',
    ])
  })

  it('shows the change as an arrow from the first level down to the second, with its value', () => {
    expect(lines(element(zh, 'change-text').style.text)).toEqual(['−51.9%', '较2012年'])
    expect(lines(element(en, 'change-text').style.text)).toEqual(['−51.9%', 'since 2012'])
    const arrow = element(zh, 'change-arrow').shape
    expect(arrow.y2).toBeGreaterThan(arrow.y1)
    const tip = element(zh, 'change-head').shape.points[2]
    // The arrow starts at the 2012 level and ends at the 2016 level: the drop is 51.9% of the first bar.
    const grid = zh.grid as AnyRecord
    const plotHeight = size.height - grid.top - grid.bottom
    expect(arrow.y1).toBeCloseTo(grid.top, 5)
    expect(tip[1] - arrow.y1).toBeCloseTo(plotHeight * (1 - 2623 / 5453), 5)
  })

  it('omits the annotation without a change figure', () => {
    const option = compare({ ...input('compare'), figures: [f.incidents2012, f.incidents2016] })
    expect(graphicElements(option)).toHaveLength(0)
    expect(seriesOf(option)[0]!.data).toHaveLength(2)
  })

  it('shows the other language under each label in bilingual mode', () => {
    const bi = compare(input('compare', { bilingual: true }))
    const [biBar] = seriesOf(bi)
    expect(lines(biBar!.data[0].label.formatter({ value: 5453 }))).toEqual(['5453起', '5,453 cases'])
    expect(lines(biBar!.data[1].label.formatter({ value: 2623 }))).toEqual([
      '约2623起',
      'about 2,623 cases',
      '推算值 · derived',
    ])
    const [primary, ...secondary] = lines((bi.xAxis as AnyRecord).data[0])
    expect(primary).toBe('2012年刑事警情')
    expect(secondary.join(' ')).toBe('Criminal incidents, 2012')
  })
})

describe('declines', () => {
  const zh = declines(input('declines'))
  const [bar] = seriesOf(zh)

  it('draws the changes as bars growing left from a zero line, in block order', () => {
    expect(bar!.data.map((d: AnyRecord) => d.value)).toEqual([-40.4, -33.4, -53.3])
    expect(zh.xAxis).toMatchObject({ min: -53.3, max: 0 })
    expect(zh.yAxis).toMatchObject({ type: 'category', inverse: true, position: 'right' })
    expect(bar!.data.every((d: AnyRecord) => d.label.position === 'left')).toBe(true)
  })

  it('labels each bar "−40.4%" and names it', () => {
    expect(bar!.data.map((d: AnyRecord) => itemLabel(d))).toEqual(['−40.4%', '−33.4%', '−53.3%'])
    expect((zh.yAxis as AnyRecord).data.map(plain)).toEqual(['八类严重暴力犯罪', '入室盗窃', '扒窃'])
    const en = declines(input('declines', { lang: 'en' }))
    expect((en.yAxis as AnyRecord).data.map((d: string) => plain(d).replace(/\n/g, ' '))).toEqual([
      'Eight types of serious violent crime',
      'Burglary',
      'Pickpocketing',
    ])
  })

  it('uses one colour: length carries the message', () => {
    expect(new Set(bar!.data.map((d: AnyRecord) => d.itemStyle.color)).size).toBe(1)
  })
})

describe('bars', () => {
  it('shows counts of different units as number tiles, with no lengths to compare', () => {
    const option = bars(input('bars'))
    const series = seriesOf(option)
    expect(sharesUnit(samples.bars.figures)).toBe(false)
    expect(series.map((s) => s.type)).toEqual(['gauge', 'gauge', 'gauge', 'gauge'])
    for (const s of series) {
      expect(s.axisLine.show).toBe(false)
      expect(s.progress.show).toBe(false)
      expect(s.pointer.show).toBe(false)
      expect(s.detail.valueAnimation).toBe(true)
    }
    expect(series.map((s) => detail(s))).toEqual(['83起', '448.04克', '503人次', '128人'])
    expect(series.map((s) => plain(s.data[0].name))).toEqual([
      '破获毒品刑事案件',
      '缴获毒品',
      '查处吸毒人员',
      '新发现吸毒人员',
    ])
    const en = seriesOf(bars(input('bars', { lang: 'en' })))
    // "Drug cases solved" says what is counted: the value does not say "cases" again.
    expect(en.map((s) => detail(s).replace(/\n/g, ' '))).toEqual(['83', '448.04 grams', '503 people', '128 people'])
  })

  it('puts every unit on its own line when one needs it, so the tiles read alike', () => {
    const en = seriesOf(bars(input('bars', { lang: 'en', size: { width: 600, height: 620 } })))
    const units = en.map((s) => detail(s).split('\n'))
    expect(units.map((lines) => lines[1])).toEqual([undefined, 'grams', 'people', 'people'])
  })

  it("counts up through in-between values in the figure's own format", () => {
    const [first, second] = seriesOf(bars(input('bars')))
    expect(detail(first!, 41.6)).toBe('42起')
    expect(detail(second!, 224.021)).toBe('224.02克')
  })

  it('writes large numbers with 万 in Chinese and thousands/million in English', () => {
    const block = chartBlock('bars', [f.followers, f.vaccineCase])
    const zh = seriesOf(bars({ block, figures: [f.followers, f.vaccineCase], lang: 'zh', size }))
    const en = seriesOf(bars({ block, figures: [f.followers, f.vaccineCase], lang: 'en', size }))
    expect(zh.map((s) => detail(s).replace(/\n/g, ''))).toEqual(['16.34万人', '877万元'])
    expect(en.map((s) => detail(s).replace(/\n/g, ' '))).toEqual(['163,400', '8.77 million yuan'])
  })

  it('uses one honest scale when every figure has the same unit', () => {
    const same: Figure = { ...f.drugCases, id: 'burglaries', value: 412, label: { zh: '入室盗窃', en: 'Burglaries' } }
    const block = chartBlock('bars', [f.drugCases, same])
    const option = bars({ block, figures: [f.drugCases, same], lang: 'en', size })
    const [bar] = seriesOf(option)
    expect(bar!.type).toBe('bar')
    expect(option.xAxis).toMatchObject({ min: 0, max: 412 })
    expect(bar!.data.map((d: AnyRecord) => itemLabel(d))).toEqual(['83 cases', '412 cases'])
  })

  it('lays tiles in one row while they stay wide enough, else in two', () => {
    expect(tileGrid(3, 938)).toEqual({ cols: 3, rows: 1 })
    expect(tileGrid(4, 938)).toEqual({ cols: 2, rows: 2 })
    expect(tileGrid(4, 1668)).toEqual({ cols: 4, rows: 1 })
    expect(tileGrid(6, 938)).toEqual({ cols: 3, rows: 2 })
  })
})

describe('gauges', () => {
  const option = gauges(input('gauges'))
  const series = seriesOf(option)

  it('draws each rate as a 270° arc out of 100% that sweeps while its number counts up', () => {
    expect(series.map((s) => s.data[0].value)).toEqual([100, 69.4])
    for (const s of series) {
      expect(s).toMatchObject({ type: 'gauge', min: 0, max: 100, startAngle: 225, endAngle: -45 })
      expect(s.progress.show).toBe(true)
      expect(s.detail.valueAnimation).toBe(true)
    }
    expect(series.map((s) => detail(s))).toEqual(['100%', '69.4%'])
    expect(detail(series[1]!, 34.7)).toBe('34.7%')
  })

  it('names each gauge and keeps the gauges apart', () => {
    expect(series.map((s) => plain(s.data[0].name))).toEqual(['命案破案率', '全年破案率'])
    const [a, b] = series
    expect(Math.abs(b!.center[0] - a!.center[0])).toBeGreaterThanOrEqual(a!.radius + b!.radius)
  })
})

describe('ring', () => {
  it('fills a ring by the share and shows a fraction the report writes in words as words', () => {
    const zh = ring(input('ring'))
    const [s] = seriesOf(zh)
    expect(s).toMatchObject({ type: 'gauge', min: 0, max: 1, startAngle: 90, endAngle: -270 })
    expect(s!.data[0].value).toBe(0.6667)
    expect(detail(s!)).toBe('三分之二')
    expect(detail(s!, 0.3)).toBe('三分之二')
    expect(plain(element(zh, 'ring-name-population-reached').style.text)).toBe('微信平台覆盖全市人口')
    expect(detail(seriesOf(ring(input('ring', { lang: 'en' })))[0]!)).toBe('two thirds')
  })

  it('takes a percentage out of 100', () => {
    const block = chartBlock('ring', [f.quickSolved])
    const [s] = seriesOf(ring({ block, figures: [f.quickSolved], lang: 'en', size }))
    expect(s).toMatchObject({ max: 100 })
    expect(detail(s!)).toBe('63.2%')
  })
})

describe('flow', () => {
  const zh = flow(input('flow'))
  const boxes = (option: ReturnType<typeof flow>) =>
    graphicElements(option).filter((e) => /^flow-node-\d+-box$/.test(e.id))

  it('draws the nodes as steps from left to right in order, joined by arrows', () => {
    expect(
      graphicElements(zh)
        .filter((e) => /^flow-node-\d+-text$/.test(e.id))
        .map((e) => plain(e.style.text).replace(/\n/g, '')),
    ).toEqual(['运营商建设维护', '政府买单', '公安应用'])
    const rects = boxes(zh).map(shapeBox)
    expect(rects.map((r) => r.x)).toEqual([...rects.map((r) => r.x)].sort((a, b) => a - b))
    for (let i = 0; i < 2; i++) {
      const shaft = element(zh, `flow-arrow-${i}-shaft`).shape
      expect(shaft.x1).toBeGreaterThanOrEqual(rects[i]!.x + rects[i]!.width)
      const [tip] = element(zh, `flow-arrow-${i}-head`).shape.points
      expect(tip[0]).toBeLessThanOrEqual(rects[i + 1]!.x)
      expect(tip[0]).toBeGreaterThan(shaft.x2)
    }
    expect(graphicElements(zh).filter((e) => e.id.endsWith('-head'))).toHaveLength(2)
  })

  it('runs many narrow steps in two rows', () => {
    const six = [...nodes.flow, ...nodes.flow].map((n, i) => ({ zh: `${n.zh}${i}`, en: `${n.en} ${i}` }))
    const option = flow({ block: chartBlock('flow', [], six), figures: [], lang: 'en', size })
    const rects = boxes(option).map(shapeBox)
    expect(new Set(rects.map((r) => r.y)).size).toBe(2)
    rects.forEach((a, i) => rects.forEach((b, j) => j > i && expect(overlap(a, b)).toBe(false)))
    expect(element(option, 'flow-arrow-2-shaft').type).toBe('polyline')
  })

  it("puts the block's figures under the steps", () => {
    const option = flow({
      block: chartBlock('flow', [f.delegations], nodes.flow),
      figures: [f.delegations],
      lang: 'en',
      size,
    })
    const text = element(option, 'flow-figure-delegations')
    expect(lines(text.style.text)[0]).toBe('32 delegations')
    expect(text.y).toBeGreaterThan(Math.max(...boxes(option).map((b) => shapeBox(b).y + shapeBox(b).height)))
  })
})

describe('hub', () => {
  it('puts the first node in the centre and the others around it, each joined to it', () => {
    const option = hub(input('hub', { lang: 'en' }))
    expect(plain(element(option, 'hub-centre-text').style.text).replace(/\n/g, ' ')).toBe('Six prevention networks')
    const spokes = graphicElements(option).filter((e) => /^hub-node-\d+-text$/.test(e.id))
    expect(spokes.map((e) => plain(e.style.text).replace(/\n/g, ' '))).toEqual(nodes.hub.slice(1).map((n) => n.en))
    expect(graphicElements(option).filter((e) => e.id.startsWith('hub-line-'))).toHaveLength(6)
  })

  it('keeps boxes apart, clear of the centre and inside the chart for 3 to 8 spokes', () => {
    const names = ['系统自动管控执法资格考试结果运用', 'Law-enforcement qualification results applied automatically']
    for (const n of [3, 4, 5, 6, 7, 8])
      for (const box of [size, { width: 1700, height: 700 }, { width: 760, height: 560 }])
        for (const lang of ['zh', 'en'] as const) {
          const spokes = Array.from({ length: n }, (_, i) => ({ zh: `${names[0]}${i}`, en: `${names[1]} ${i}` }))
          const option = hub({
            block: chartBlock('hub', [], [{ zh: '全区率先', en: 'First in the region' }, ...spokes]),
            figures: [],
            lang,
            size: box,
          })
          const rects = graphicElements(option)
            .filter((e) => /-box$/.test(e.id))
            .map(shapeBox)
          expect(rects).toHaveLength(n + 1)
          rects.forEach((a, i) => {
            expect(inside(a, box)).toBe(true)
            rects.forEach(
              (b, j) =>
                j > i && expect(overlap(a, b), `${n} spokes, ${lang}, ${box.width}: boxes ${i} and ${j}`).toBe(false),
            )
          })
        }
  })
})

describe('origins', () => {
  const zh = origins(input('origins'))
  const en = origins(input('origins', { lang: 'en' }))

  it('is a schematic: provinces in a column, each with an arrow to Wuhai', () => {
    expect(plain(element(en, 'origin-destination-text').style.text)).toBe('Wuhai')
    const provinces = [0, 1, 2, 3].map((i) => plain(element(en, `origin-node-${i}-text`).style.text))
    expect(provinces).toEqual(['Fujian', 'Hebei', 'Hunan', 'Henan'])
    const centre = element(zh, 'origin-destination-box').shape
    for (let i = 0; i < 4; i++) {
      const box = shapeBox(element(zh, `origin-node-${i}-box`))
      expect(box.x + box.width).toBeLessThan(centre.cx - centre.r)
      const [tip] = element(zh, `origin-arrow-${i}-head`).shape.points
      expect(Math.hypot(tip[0] - centre.cx, tip[1] - centre.cy)).toBeCloseTo(centre.r + 10, 5)
    }
  })

  it("shows the delegations and visitors as Wuhai's labels", () => {
    expect(lines(element(zh, 'origin-figure-delegations').style.text)).toEqual(['32批次', '考察团'])
    expect(lines(element(zh, 'origin-figure-visitors').style.text)).toEqual(['330余人', '来访人员'])
    expect(plain(element(en, 'origin-figure-visitors').style.text)).toMatch(/^over 330\nVisitors/)
  })
})

describe('every visual', () => {
  const boxes = [size, { width: 1700, height: 700 }, { width: 760, height: 560 }]

  it('has a builder, an aria description in the chosen language, and honours "no animation"', () => {
    expect(Object.keys(visuals).sort()).toEqual([...visualKinds].sort())
    for (const kind of visualKinds)
      for (const lang of ['zh', 'en'] as const) {
        const animated = buildOption(input(kind, { lang }))
        expect(animated.aria).toEqual({ enabled: true, label: { description: samples[kind].block.description[lang] } })
        expect(animated.animation).toBe(true)
        expect(animated.animationDuration).toBeGreaterThanOrEqual(900)
        expect(animated.animationDuration).toBeLessThanOrEqual(1400)
        expect(animated.animationEasing).toBe('cubicOut')
        const still = buildOption(input(kind, { lang, animate: false }))
        expect(still.animation).toBe(false)
      }
  })

  it('sets no text under 24 canvas pixels, in any language, mode or box', () => {
    for (const kind of visualKinds)
      for (const lang of ['zh', 'en'] as const)
        for (const bilingual of [false, true])
          for (const box of boxes) {
            const sizes = fontSizes(buildOption(input(kind, { lang, bilingual, size: box })))
            expect(sizes.length, kind).toBeGreaterThan(0)
            expect(Math.min(...sizes), `${kind} ${lang} ${bilingual} ${box.width}`).toBeGreaterThanOrEqual(24)
          }
  })

  it('draws its diagram shapes inside the box', () => {
    for (const kind of ['flow', 'hub', 'origins'] as const)
      for (const lang of ['zh', 'en'] as const)
        for (const box of boxes)
          for (const el of graphicElements(buildOption(input(kind, { lang, bilingual: true, size: box }))))
            if (el.type === 'rect' || el.type === 'circle')
              expect(inside(shapeBox(el), box), `${kind} ${el.id}`).toBe(true)
  })

  it('keeps ids that do not depend on the language, so a switch updates rather than replays', () => {
    const ids = (option: ReturnType<typeof buildOption>) => [
      ...seriesOf(option).flatMap((s) => [s.id, ...(s.data ?? []).map((d: AnyRecord) => d.id)]),
      ...graphicElements(option).map((e) => e.id),
    ]
    for (const kind of visualKinds) {
      const zh = ids(buildOption(input(kind)))
      expect(zh.every((id) => typeof id === 'string')).toBe(true)
      expect(ids(buildOption(input(kind, { lang: 'en', bilingual: true })))).toEqual(zh)
    }
  })
})

describe('chartProblems', () => {
  it('accepts the sample blocks and names what a visual cannot show', () => {
    for (const kind of visualKinds) expect(chartProblems(samples[kind]), kind).toEqual([])
    expect(chartProblems({ block: chartBlock('gauges', [f.drugCases]), figures: [f.drugCases] })).toEqual([
      '"gauges": figure "drug-cases" is a count; expected percent',
    ])
    expect(chartProblems({ block: chartBlock('flow', [], nodes.flow.slice(0, 2)), figures: [] })).toEqual([
      '"flow" shows 3–6 nodes; found 2',
    ])
    expect(
      chartProblems({
        block: chartBlock('compare', [f.incidents2012, f.drugsSeized]),
        figures: [f.incidents2012, f.drugsSeized],
      }),
    ).toEqual(['"compare": figures "incidents-2012" and "drugs-seized" measure different things'])
  })
})

describe('themes', () => {
  /** Every colour string in an option: fills, strokes, text colours. */
  const colours = (value: unknown, found = new Set<string>()): Set<string> => {
    if (Array.isArray(value)) value.forEach((v) => colours(v, found))
    else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) {
        if (typeof v === 'string' && /^(color|fill|stroke|borderColor|backgroundColor)$/.test(key)) found.add(v)
        else colours(v, found)
      }
    return found
  }
  const light = new Set(Object.values(themes.light).flat())
  const dark = new Set(Object.values(themes.dark).flat())
  const onlyLight = [...light].filter((c) => !dark.has(c))

  it.each(visualKinds)('draws %s in the dark theme with dark-theme colours only', (kind) => {
    const drawn = [...colours(buildOption(input(kind, { theme: 'dark' })))].filter((c) => c.startsWith('#'))
    expect(drawn.length).toBeGreaterThan(0)
    expect(drawn.filter((c) => onlyLight.includes(c))).toEqual([])
    expect(drawn.filter((c) => !dark.has(c))).toEqual([])
  })

  it.each(visualKinds)('labels %s while drawing, after the build, with styles of the dark theme', (kind) => {
    const option = buildOption(input(kind, { theme: 'dark', bilingual: true }))
    for (const series of seriesOf(option)) {
      const labelled = [series.label, series.detail, ...(series.data ?? []).map((d: AnyRecord) => d.label)]
      for (const part of labelled) {
        if (typeof part?.formatter !== 'function') continue
        const text: string = part.formatter(series.data?.[0]?.value ?? 0)
        const used = [...text.matchAll(/\{([A-Za-z0-9]+)\|/g)].map((m) => m[1])
        expect(used.length).toBeGreaterThan(0)
        for (const key of used) expect(Object.keys(part.rich ?? series.label?.rich ?? {})).toContain(key)
      }
    }
  })

  it('draws the light theme when no theme is given, and builds the same layout in both', () => {
    const plainOption = buildOption(input('hub'))
    const darkOption = buildOption(input('hub', { theme: 'dark' }))
    expect([...colours(plainOption)].filter((c) => c.startsWith('#') && !light.has(c))).toEqual([])
    const boxes = (o: typeof plainOption) => graphicElements(o).map((e) => [e.id, e.shape, e.x, e.y])
    expect(boxes(darkOption)).toEqual(boxes(plainOption))
  })

  const deckHubs = loadReport()
    .deck.slides.flatMap((slide) => slide.blocks)
    .filter((b): b is ChartBlock => b.type === 'chart' && b.visual === 'hub')

  it.each(deckHubs.map((block) => [block.nodes[0]!.en, block] as const))(
    'gives the hub centre (%s) text at least the size of its nodes’ text',
    (_, block) => {
      for (const [lang, bilingual] of [
        ['zh', false],
        ['en', false],
        ['zh', true],
        ['en', true],
      ] as const) {
        const option = hub({ block, figures: [], lang, bilingual, size })
        const sizesOf = (id: string) => fontSizes(element(option, id).style.rich)
        const centre = Math.max(...sizesOf('hub-centre-text'))
        const nodeIds = graphicElements(option)
          .map((e) => e.id as string)
          .filter((id) => /^hub-node-\d+-text$/.test(id))
        const node = Math.max(...nodeIds.flatMap(sizesOf))
        expect(centre).toBeGreaterThanOrEqual(node)
      }
    },
  )
})

describe('units in chart labels', () => {
  const figure = (over: Partial<Figure>): Figure => ({
    id: 'x',
    value: 50,
    kind: 'count',
    notation: 'plain',
    source: 's',
    label: { zh: '主城区巡逻防控网格', en: 'Patrol grids, central city' },
    unit: { zh: '个网格', en: 'grids' },
    ...over,
  })

  it('leaves out a unit that the label beside the value already says', () => {
    expect(labelShowsUnit(figure({}), 'zh')).toBe(true)
    expect(labelShowsUnit(figure({}), 'en')).toBe(true)
    expect(chartFigureText(figure({}), 'zh')).toBe('50')
    expect(chartFigureText(figure({}), 'en')).toBe('50')
  })

  it('keeps a unit the label does not say, and a one-character unit that a longer word contains', () => {
    const cases = figure({
      label: { zh: '2012年刑事警情', en: 'Criminal incidents, 2012' },
      unit: { zh: '起', en: 'cases' },
    })
    expect(chartFigureText(cases, 'zh')).toBe('50起')
    expect(chartFigureText(cases, 'en')).toBe('50 cases')
    const kinds = figure({
      label: { zh: '整合数据类别', en: 'Categories of data' },
      unit: { zh: '类', en: 'categories' },
    })
    expect(chartFigureText(kinds, 'zh')).toBe('50类')
    expect(chartFigureText(kinds, 'en')).toBe('50')
  })

  it('keeps the qualifier when the unit goes', () => {
    expect(chartFigureText(figure({ qualifier: 'over' }), 'zh')).toBe('50余')
    expect(chartFigureText(figure({ qualifier: 'over' }), 'en')).toBe('over 50')
  })

  it('draws number tiles without the repeated unit, and bars on one scale with one unit for all', () => {
    const grids = figure({})
    const hours = figure({
      id: 'h',
      value: 24,
      label: { zh: '每日武装巡逻时长', en: 'Patrol hours a day' },
      unit: { zh: '小时', en: 'hours' },
    })
    const tiles = seriesOf(bars(input('bars', { figures: [grids, hours] })))
    expect(tiles.map((s) => detail(s))).toEqual(['50', '24小时'])
    const cases = figure({ id: 'c', label: { zh: '入室盗窃', en: 'Burglaries' }, unit: { zh: '个网格', en: 'grids' } })
    const [bar] = seriesOf(bars(input('bars', { figures: [grids, cases] })))
    expect(bar!.data.map((d: AnyRecord) => itemLabel(d))).toEqual(['50个网格', '50个网格'])
  })
})

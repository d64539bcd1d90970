// The life of one chart on a slide, apart from Svelte and from a real ECharts instance (both are
// injected), so it can be tested without a canvas:
// - the instance is created the first time the chart is active in a box of non-zero size;
// - each time it becomes active again the entrance plays again (clear, then the option anew);
// - a change of language, bilingual mode, theme or motion while it exists updates the option in place:
//   same ids, so bars keep their length and nothing enters again (a different block starts over);
// - nothing is drawn before the content's fonts are loaded (see fonts.ts), and an entrance waits
//   for its turn (`beforeEntrance`: in the app, until the slide has painted);
// - a new box size (observed, throttled) resizes and lays the option out for the new box;
// - `onfinished` is called once per option, when ECharts reports that option rendered and its
//   animation ended (at once when there is no animation);
// - destroy disposes of the instance.
import type { EChartsOption } from 'echarts'
import type { ChartInput } from './builders/common'

/** The part of an ECharts instance the lifecycle uses. */
export interface ChartInstance {
  setOption(
    option: EChartsOption,
    opts?: { notMerge?: boolean; replaceMerge?: string | string[]; lazyUpdate?: boolean },
  ): void
  clear(): void
  resize(): void
  on(event: 'finished', handler: () => void): unknown
  off(event: 'finished', handler?: () => void): unknown
}

export type ChartContent = Omit<ChartInput, 'size'>

export interface Size {
  width: number
  height: number
}

export interface LifecycleDeps<C extends ChartInstance> {
  init(el: HTMLElement): C
  dispose(chart: C): void
  build(input: ChartInput): EChartsOption
  /** A promise while the content's fonts are still loading; nothing is drawn before it settles. */
  ready?(content: ChartContent): Promise<unknown> | undefined
  /**
   * A promise an entrance waits for besides `ready`: the slide that shows the chart paints first,
   * and the chart's own work (create, lay out, draw) is a task of its own.
   */
  beforeEntrance?(): Promise<unknown> | undefined
  /** The box's layout size in canvas pixels (unaffected by the canvas' CSS scale). */
  measure?(el: HTMLElement): Size
  /** Calls back when the box may have changed size; returns the way to stop. */
  observe?(el: HTMLElement, changed: () => void): () => void
  throttleMs?: number
}

type Render = 'entrance' | 'replace' | 'update'

function measureClient(el: HTMLElement): Size {
  return { width: el.clientWidth, height: el.clientHeight }
}

function observeResize(el: HTMLElement, changed: () => void): () => void {
  if (typeof ResizeObserver === 'undefined') return () => {}
  const observer = new ResizeObserver(() => changed())
  observer.observe(el)
  return () => observer.disconnect()
}

interface GraphicPart {
  id?: unknown
  elements?: Array<{ id?: unknown; $action?: string }>
}

function graphicParts(option: EChartsOption): GraphicPart[] {
  const graphic = (option as { graphic?: GraphicPart | GraphicPart[] }).graphic
  return graphic === undefined ? [] : Array.isArray(graphic) ? graphic : [graphic]
}

/** Ids of graphic elements per graphic component, to remove those a new option no longer has. */
function graphicIds(option: EChartsOption): Map<string, Set<string>> {
  const ids = new Map<string, Set<string>>()
  for (const part of graphicParts(option)) {
    if (typeof part.id !== 'string') continue
    ids.set(part.id, new Set((part.elements ?? []).flatMap((e) => (typeof e.id === 'string' ? [e.id] : []))))
  }
  return ids
}

function withRemovals(option: EChartsOption, previous: Map<string, Set<string>>): EChartsOption {
  const next = graphicIds(option)
  const parts = graphicParts(option).map((p) => ({ ...p, elements: [...(p.elements ?? [])] }))
  for (const [componentId, oldIds] of previous) {
    const kept = next.get(componentId)
    const removals = [...oldIds].filter((id) => !kept?.has(id)).map((id) => ({ id, $action: 'remove' }))
    if (!removals.length) continue
    const part = parts.find((p) => p.id === componentId)
    if (part) part.elements.push(...removals)
    else parts.push({ id: componentId, elements: removals })
  }
  return parts.length ? ({ ...option, graphic: parts } as EChartsOption) : option
}

const strength: Record<Render, number> = { update: 0, replace: 1, entrance: 2 }

export class ChartLifecycle<C extends ChartInstance = ChartInstance> {
  private el: HTMLElement | undefined
  private chart: C | undefined
  private content: ChartContent | undefined
  private active = false
  private size: Size = { width: 0, height: 0 }
  private awaitingFinished = false
  private stopObserving: (() => void) | undefined
  private shownGraphics = new Map<string, Set<string>>()
  private destroyed = false
  /** The render waiting for fonts; a stronger request (entrance over update) takes its place. */
  private pending: Render | undefined
  private readyVersion = 0
  /** Called once per option when it has rendered and its animation has ended. */
  onfinished: (() => void) | undefined

  /** Debounced: a burst of box changes gives one layout, `throttleMs` after the last of them. */
  private resizeTimer: ReturnType<typeof setTimeout> | undefined
  private readonly scheduleResize = (): void => {
    clearTimeout(this.resizeTimer)
    this.resizeTimer = setTimeout(() => {
      if (!this.destroyed) this.applyResize()
    }, this.deps.throttleMs ?? 100)
  }

  constructor(private readonly deps: LifecycleDeps<C>) {}

  get instance(): C | undefined {
    return this.chart
  }

  mount(el: HTMLElement): void {
    this.el = el
    this.stopObserving = (this.deps.observe ?? observeResize)(el, () => this.scheduleResize())
    this.start()
  }

  setContent(content: ChartContent): void {
    const previous = this.content
    // The block and its figures come from the report and keep their identity (Chart.svelte derives
    // the figures once per block), so the same inputs handed down again change nothing.
    if (previous && sameContent(previous, content)) return
    this.content = content
    const sameBlock = previous?.block === content.block
    if (!this.chart) return this.start()
    this.request(previous && !sameBlock ? 'replace' : 'update')
  }

  setActive(active: boolean): void {
    const was = this.active
    this.active = active
    if (!active || was) return
    if (this.chart) this.request('entrance')
    else this.start()
  }

  destroy(): void {
    this.destroyed = true
    this.pending = undefined
    clearTimeout(this.resizeTimer)
    this.stopObserving?.()
    this.stopObserving = undefined
    const chart = this.chart
    this.chart = undefined
    this.el = undefined
    if (chart) {
      chart.off('finished', this.finished)
      this.deps.dispose(chart)
    }
  }

  private measure(): Size {
    return this.el ? (this.deps.measure ?? measureClient)(this.el) : { width: 0, height: 0 }
  }

  private canStart(): boolean {
    if (this.destroyed || this.chart || !this.active || !this.el || !this.content) return false
    const size = this.measure()
    return size.width > 0 && size.height > 0
  }

  /** Creates the instance once the chart is active in a box with a size; until then it waits. */
  private start(): void {
    if (this.canStart()) this.request('entrance')
  }

  /** Renders now when the content's fonts are loaded, else when they are. */
  private request(mode: Render): void {
    const content = this.content
    if (!content || this.destroyed) return
    this.pending = this.pending && strength[this.pending] > strength[mode] ? this.pending : mode
    const version = ++this.readyVersion
    const fonts = this.deps.ready?.(content)
    const turn = this.pending === 'entrance' ? this.deps.beforeEntrance?.() : undefined
    const wait = fonts && turn ? Promise.all([fonts, turn]) : (fonts ?? turn)
    if (!wait) return this.flush()
    void wait.then(() => {
      if (version === this.readyVersion) this.flush()
    })
  }

  private flush(): void {
    const mode = this.pending
    this.pending = undefined
    if (!mode || this.destroyed) return
    if (!this.chart) {
      // Still active and visible after waiting for fonts?
      if (!this.canStart()) return
      this.size = this.measure()
      this.chart = this.deps.init(this.el!)
      this.chart.on('finished', this.finished)
      return this.render('entrance')
    }
    this.render(mode)
  }

  private render(mode: Render): void {
    const chart = this.chart
    const content = this.content
    if (!chart || !content) return
    const option = this.deps.build({ ...content, size: this.size })
    // clear() renders (and reports `finished`) synchronously: the wait starts after it.
    if (mode === 'entrance') chart.clear()
    this.awaitingFinished = true
    if (mode === 'entrance') {
      chart.setOption(option, { notMerge: true })
    } else if (mode === 'replace') {
      chart.setOption(option, { notMerge: true })
    } else {
      chart.setOption(withRemovals(option, this.shownGraphics), { replaceMerge: ['series'] })
    }
    this.shownGraphics = graphicIds(option)
  }

  private readonly finished = (): void => {
    if (!this.awaitingFinished) return
    this.awaitingFinished = false
    this.onfinished?.()
  }

  private applyResize(): void {
    const size = this.measure()
    if (size.width <= 0 || size.height <= 0) return
    if (!this.chart) return this.start()
    if (Math.abs(size.width - this.size.width) < 1 && Math.abs(size.height - this.size.height) < 1) return
    this.size = size
    this.chart.resize()
    this.request('update')
  }
}

function sameContent(a: ChartContent, b: ChartContent): boolean {
  return (
    a.block === b.block &&
    a.figures === b.figures &&
    a.lang === b.lang &&
    !!a.bilingual === !!b.bilingual &&
    (a.animate !== false) === (b.animate !== false) &&
    (a.theme ?? 'light') === (b.theme ?? 'light')
  )
}

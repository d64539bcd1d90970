// What a chart waits for before it draws: ECharts in and warmed up, then its text's font faces,
// asked about only once ECharts is in (the first ask is costly; a slide's first render is not the
// place for it).
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ChartContent } from '../../../src/charts/lifecycle'

const state = vi.hoisted(() => ({
  /** Releases the warm-up's one part; until then ECharts is not ready. */
  releaseWarmUp: undefined as (() => void) | undefined,
  warmUpStarted: false,
  fontAsks: 0,
  fontsAnswer: undefined as Promise<void> | undefined,
}))
vi.mock('../../../src/charts/engine', () => {
  return {
    createChart: () => ({}),
    buildOption: () => ({}),
    warmUp: async (step: () => Promise<void>) => {
      state.warmUpStarted = true
      await step()
      await new Promise<void>((resolve) => (state.releaseWarmUp = resolve))
    },
  }
})
vi.mock('../../../src/charts/fonts', () => ({
  fontsPending: () => {
    state.fontAsks += 1
    return state.fontsAnswer
  },
}))

beforeEach(() => {
  vi.resetModules()
  state.releaseWarmUp = undefined
  state.warmUpStarted = false
  state.fontAsks = 0
  state.fontsAnswer = undefined
})

const content = {} as ChartContent
const ready = () => import('../../../src/charts/ready')

describe('what a chart waits for', () => {
  it('asks about its fonts only once ECharts is in and warmed up', async () => {
    const { drawPending } = await ready()
    const pending = drawPending(content)
    expect(pending).toBeInstanceOf(Promise)
    await vi.waitFor(() => expect(state.releaseWarmUp).toBeTypeOf('function'))
    expect(state.fontAsks).toBe(0)
    state.releaseWarmUp!()
    await pending
    expect(state.fontAsks).toBe(1)
  })

  it('waits for the fonts too when they are still loading', async () => {
    const { drawPending } = await ready()
    let fontsLoaded: () => void = () => {}
    state.fontsAnswer = new Promise<void>((resolve) => (fontsLoaded = resolve))
    let settled = false
    const pending = drawPending(content)!.then(() => void (settled = true))
    await vi.waitFor(() => expect(state.releaseWarmUp).toBeTypeOf('function'))
    state.releaseWarmUp!()
    await vi.waitFor(() => expect(state.fontAsks).toBe(1))
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(settled).toBe(false)
    fontsLoaded()
    await pending
    expect(settled).toBe(true)
  })

  it('asks about the fonts at once when ECharts is ready, and draws at once when they are loaded', async () => {
    const { drawPending } = await ready()
    const first = drawPending(content)
    await vi.waitFor(() => expect(state.releaseWarmUp).toBeTypeOf('function'))
    state.releaseWarmUp!()
    await first
    expect(drawPending(content)).toBeUndefined()
    expect(state.fontAsks).toBe(2)
  })

  it('says once why ECharts could not load, and leaves the chart undrawn', async () => {
    vi.doMock('../../../src/charts/engine', () => {
      throw new Error('no engine file')
    })
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { drawPending } = await ready()
    let settled = false
    void drawPending(content)!.then(() => void (settled = true))
    await vi.waitFor(() => expect(error).toHaveBeenCalledWith(expect.stringMatching(/could not load ECharts/)))
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(settled).toBe(false)
    expect(state.fontAsks).toBe(0)
    error.mockRestore()
    vi.doUnmock('../../../src/charts/engine')
  })
})

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Pointer } from '../../../src/contract'
import { canvasPointer, LaserPointer } from '../../../src/questions/laser.svelte'

let frames: Array<() => void> = []
beforeEach(() => {
  vi.useFakeTimers()
  frames = []
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback))
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

function fakeTransport() {
  const sent: Pointer[] = []
  let listener: ((p: Pointer) => void) | undefined
  return {
    sent,
    emit: (p: Pointer) => listener?.(p),
    transport: {
      publish: (p: Pointer) => void sent.push(p),
      subscribe: (l: (p: Pointer) => void) => ((listener = l), () => (listener = undefined)),
    },
  }
}

const at = (x: number, y: number): Pointer => ({ visible: true, x, y })

describe('laser pointer', () => {
  it('sends a shared pointer at most once per animation frame, the latest place', () => {
    const { sent, transport } = fakeTransport()
    const laser = new LaserPointer(transport)
    laser.point(at(0.1, 0.1), true)
    laser.point(at(0.2, 0.2), true)
    laser.point(at(0.3, 0.4), true)
    expect(sent).toEqual([])
    frames.forEach((f) => f())
    expect(sent).toEqual([at(0.3, 0.4)])
  })

  it('keeps a local pointer to itself, and sends hidden when a shared one goes away', () => {
    const { sent, transport } = fakeTransport()
    const laser = new LaserPointer(transport)
    laser.point(at(0.5, 0.5), false)
    vi.advanceTimersByTime(100)
    expect(sent).toEqual([])
    expect(laser.shown).toEqual(at(0.5, 0.5))
    laser.point(at(0.5, 0.5), true)
    vi.advanceTimersByTime(100)
    laser.hide()
    vi.advanceTimersByTime(100)
    expect(sent.at(-1)).toEqual({ visible: false })
  })

  it('shows what another window shares, and drops it when that window falls silent', () => {
    const { emit, transport } = fakeTransport()
    const laser = new LaserPointer(transport)
    const stop = laser.listen()
    emit(at(0.7, 0.2))
    expect(laser.shown).toEqual(at(0.7, 0.2))
    vi.advanceTimersByTime(3000)
    expect(laser.shown.visible).toBe(false)
    stop()
  })

  it('turns a pointer event into canvas fractions, hidden off the canvas', () => {
    const canvas = { getBoundingClientRect: () => ({ left: 100, top: 50, width: 960, height: 540 }) } as Element
    expect(canvasPointer(canvas, 100 + 480, 50 + 135)).toEqual(at(0.5, 0.25))
    expect(canvasPointer(canvas, 50, 60)).toEqual({ visible: false })
  })
})

import { describe, expect, it } from 'vitest'
import { distinctDisplays, placeWindows, type DisplayInfo } from '../../../electron/main/placement'

const display = (id: number, x: number, width = 1920, height = 1080, workHeight = height - 40): DisplayInfo => ({
  id,
  bounds: { x, y: 0, width, height },
  workArea: { x, y: 0, width, height: workHeight },
})

const laptop = display(1, 0, 1440, 900)
const projector = display(2, 1440, 1920, 1080)
const tv = display(3, 3360, 3840, 2160)

describe('placeWindows', () => {
  it('one display with the presenter view: side by side, 60% / 40%, not full screen', () => {
    const p = placeWindows([laptop], { primaryId: 1, presenter: true, kiosk: false })
    expect(p.audience).toEqual({ displayId: 1, bounds: { x: 0, y: 0, width: 864, height: 860 }, fullScreen: false })
    expect(p.presenter).toEqual({ displayId: 1, bounds: { x: 864, y: 0, width: 576, height: 860 }, fullScreen: false })
    expect(p.problems).toEqual([])
  })

  it('two displays: audience full screen on the external one, presenter on the primary', () => {
    const p = placeWindows([laptop, projector], { primaryId: 1, presenter: true, kiosk: false })
    expect(p.audience).toEqual({ displayId: 2, bounds: projector.bounds, fullScreen: true })
    expect(p.presenter).toEqual({ displayId: 1, bounds: laptop.workArea, fullScreen: false })
  })

  it('the primary need not be listed first', () => {
    const p = placeWindows([projector, laptop], { primaryId: 1, presenter: true, kiosk: false })
    expect(p.audience.displayId).toBe(2)
    expect(p.presenter?.displayId).toBe(1)
  })

  it('three displays: the first external one by default, --display picks another', () => {
    expect(
      placeWindows([laptop, projector, tv], { primaryId: 1, presenter: true, kiosk: false }).audience.displayId,
    ).toBe(2)
    const p = placeWindows([laptop, projector, tv], { primaryId: 1, audienceDisplay: 3, presenter: true, kiosk: false })
    expect(p.audience).toEqual({ displayId: 3, bounds: tv.bounds, fullScreen: true })
    expect(p.presenter?.displayId).toBe(1)
  })

  it('--display=1 puts the audience on the primary and the presenter on the external display', () => {
    const p = placeWindows([laptop, projector], { primaryId: 1, audienceDisplay: 1, presenter: true, kiosk: false })
    expect(p.audience.displayId).toBe(1)
    expect(p.audience.fullScreen).toBe(true)
    expect(p.presenter).toEqual({ displayId: 2, bounds: projector.workArea, fullScreen: false })
  })

  it('mirrored displays count as one', () => {
    const mirror = { ...display(7, 0, 1440, 900) }
    expect(distinctDisplays([laptop, mirror], 1)).toEqual([laptop])
    expect(distinctDisplays([mirror, laptop], 1)).toEqual([laptop])
    const p = placeWindows([mirror, laptop], { primaryId: 1, presenter: true, kiosk: false })
    expect(p.audience.fullScreen).toBe(false)
    expect(p.presenter?.displayId).toBe(1)
  })

  it('an out-of-range --display is reported and the default is used', () => {
    const p = placeWindows([laptop, projector], { primaryId: 1, audienceDisplay: 3, presenter: true, kiosk: false })
    expect(p.audience.displayId).toBe(2)
    expect(p.problems).toEqual(['--display=3: there are only 2 displays; expected 1 to 2; using the default'])
    const one = placeWindows([laptop], { primaryId: 1, audienceDisplay: 2, presenter: false, kiosk: false })
    expect(one.problems[0]).toMatch(/^--display=2: there is only 1 display/)
    expect(one.audience.fullScreen).toBe(false)
  })

  it('without the presenter view: a centred window on the primary display', () => {
    const p = placeWindows([laptop, projector], { primaryId: 1, presenter: false, kiosk: false })
    expect(p.audience).toEqual({ displayId: 1, bounds: { x: 144, y: 86, width: 1152, height: 688 }, fullScreen: false })
    expect(p.presenter).toBeUndefined()
  })

  it('without the presenter view, --display or kiosk mode go full screen on that display', () => {
    expect(
      placeWindows([laptop, projector], { primaryId: 1, audienceDisplay: 2, presenter: false, kiosk: false }).audience,
    ).toEqual({
      displayId: 2,
      bounds: projector.bounds,
      fullScreen: true,
    })
    expect(placeWindows([laptop, projector], { primaryId: 1, presenter: false, kiosk: true }).audience.displayId).toBe(
      2,
    )
    expect(placeWindows([laptop], { primaryId: 1, presenter: false, kiosk: true }).audience).toEqual({
      displayId: 1,
      bounds: laptop.bounds,
      fullScreen: true,
    })
  })

  it('refuses an empty display list', () => {
    expect(() => placeWindows([], { primaryId: 1, presenter: false, kiosk: false })).toThrow()
  })
})

// Scenes, opening hours and the daily refresh: their text forms and rules.
import { describe, expect, it } from 'vitest'
import {
  DailyRefresh,
  defaultScenes,
  isOpen,
  parseHours,
  parseScenes,
  parseTime,
  readSettings,
  scenesText,
} from '../../../src/contract'

/** A local date: 2026-11-30 is a Monday. */
const at = (day: number, hh: number, mm = 0) => new Date(2026, 10, 30 + day, hh, mm)

describe('scenes', () => {
  it('reads kinds, languages and seconds, and writes them back the same', () => {
    const parsed = parseScenes('tour:zh, dashboard, tour:en@300 ,dashboard:en@90')
    expect(parsed).toEqual({
      ok: true,
      value: [
        { kind: 'tour', lang: 'zh' },
        { kind: 'dashboard' },
        { kind: 'tour', lang: 'en', seconds: 300 },
        { kind: 'dashboard', lang: 'en', seconds: 90 },
      ],
    })
    if (parsed.ok) expect(parseScenes(scenesText(parsed.value))).toEqual(parsed)
  })

  it('names the scene that is wrong and why', () => {
    expect(parseScenes('tour:zh, slideshow')).toEqual({ ok: false, problem: '"slideshow" is not a scene' })
    expect(parseScenes('tour:fr')).toEqual({ ok: false, problem: '"tour:fr": unknown language "fr"' })
    expect(parseScenes('dashboard@0')).toEqual({ ok: false, problem: '"dashboard@0": seconds must be from 1 to 86400' })
    expect(parseScenes(' , ')).toEqual({ ok: false, problem: 'no scene given' })
  })

  it('by default alternate the tour, one loop per language, and the dashboard', () => {
    expect(scenesText(defaultScenes(['zh', 'en']))).toBe('tour:zh, dashboard, tour:en, dashboard')
  })
})

describe('opening hours', () => {
  const hours = parseHours('mon-fri 08:00-18:00, sat 09:00-12:00')
  const spans = hours.ok ? hours.value : []

  it('reads day ranges and times', () => {
    expect(spans).toEqual([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: 480, to: 1080 },
      { days: ['sat'], from: 540, to: 720 },
    ])
    expect(parseHours('fri-mon 10:00-24:00')).toEqual({
      ok: true,
      value: [{ days: ['sun', 'mon', 'fri', 'sat'], from: 600, to: 1440 }],
    })
  })

  it('are open from the start minute up to, not including, the end minute; closed on other days', () => {
    expect(isOpen(spans, at(0, 7, 59))).toBe(false)
    expect(isOpen(spans, at(0, 8, 0))).toBe(true)
    expect(isOpen(spans, at(4, 17, 59))).toBe(true)
    expect(isOpen(spans, at(4, 18, 0))).toBe(false)
    expect(isOpen(spans, at(5, 10))).toBe(true)
    expect(isOpen(spans, at(5, 13))).toBe(false)
    expect(isOpen(spans, at(6, 10))).toBe(false)
    expect(isOpen([], at(6, 3))).toBe(true)
    expect(isOpen(undefined, at(6, 3))).toBe(true)
  })

  it('say what is wrong with a bad entry', () => {
    expect(parseHours('mon-fri 8-18')).toEqual({ ok: false, problem: '"mon-fri 8-18": times must be HH:MM' })
    expect(parseHours('weekdays 08:00-18:00')).toMatchObject({
      ok: false,
      problem: expect.stringContaining('weekdays'),
    })
    expect(parseHours('sat 12:00-09:00')).toEqual({
      ok: false,
      problem: '"sat 12:00-09:00": the end must be later than the start',
    })
    expect(parseTime('24:00')).toBe(1440)
    expect(parseTime('24:30')).toBeUndefined()
    expect(parseTime('7:65')).toBeUndefined()
  })

  it('in the settings file: a bad value is reported by field and the kiosk keeps playing always', () => {
    const { settings, problems } = readSettings(
      { kiosk: { hours: 'weekdays', scenes: 'tour:zh, dashboard@45', refreshAt: '27:00' } },
      'settings.json',
    )
    expect(settings.kiosk.hours).toBeUndefined()
    expect(settings.kiosk.scenes).toBe('tour:zh, dashboard@45')
    expect(settings.kiosk.refreshAt).toBeUndefined()
    expect(problems).toEqual([
      expect.stringMatching(/^settings.json: field "kiosk.hours" must be opening hours as days and times/),
      expect.stringMatching(/^settings.json: field "kiosk.refreshAt" must be a 24-hour time such as "03:00"/),
    ])
  })
})

describe('the daily refresh', () => {
  it('is due once when the clock passes the refresh time', () => {
    const refresh = new DailyRefresh(180)
    expect(refresh.tick(at(0, 2, 58), false)).toBe(false)
    expect(refresh.tick(at(0, 2, 59), false)).toBe(false)
    expect(refresh.tick(at(0, 3, 0), false)).toBe(true)
    expect(refresh.tick(at(0, 3, 1), false)).toBe(false)
    expect(refresh.tick(at(1, 3, 0), false)).toBe(true)
  })

  it('never while a visitor browses: it waits until they are done', () => {
    const refresh = new DailyRefresh(180)
    refresh.tick(at(0, 2, 59), true)
    expect(refresh.tick(at(0, 3, 0), true)).toBe(false)
    expect(refresh.tick(at(0, 3, 20), true)).toBe(false)
    expect(refresh.tick(at(0, 3, 21), false)).toBe(true)
    expect(refresh.tick(at(0, 3, 22), false)).toBe(false)
  })

  it('gives one refresh for a clock jumping over several days, and none for a clock going back', () => {
    const refresh = new DailyRefresh(180)
    refresh.tick(at(0, 12), false)
    expect(refresh.tick(at(3, 12), false)).toBe(true)
    expect(refresh.tick(at(3, 12, 1), false)).toBe(false)
    expect(refresh.tick(at(0, 1), false)).toBe(false)
    expect(refresh.tick(at(0, 2), false)).toBe(false)
  })
})

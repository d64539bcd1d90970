// A week of unattended running on an accelerated clock: the opening hours hold the display awake
// exactly while open, the refresh comes once a day at its time (later when a visitor is browsing),
// the heartbeat logs once an hour, and the scenes keep turning while the screen is open.
import { describe, expect, it } from 'vitest'
import { Heartbeat, heartbeatLine } from '../../../electron/main/heartbeat'
import { holdDisplay, KioskSchedule, scheduleOptions } from '../../../electron/main/kiosk-hours'
import { isOpen, parseHours, type KioskReport } from '../../../src/contract'
import { kioskOptions, KioskPlayer } from '../../../src/kiosk/player'
import type { TourSlide } from '../../../src/kiosk/autoplay'

const minute = 60_000
/** Monday 2026-11-30, 00:00 local time. */
const monday = new Date(2026, 10, 30).getTime()

function fakeBlocker() {
  let next = 1
  const running = new Set<number>()
  const log: string[] = []
  return {
    log,
    running,
    start() {
      running.add(next)
      log.push('start')
      return next++
    },
    stop(id: number) {
      running.delete(id)
      log.push('stop')
    },
    isStarted: (id: number) => running.has(id),
  }
}

const report = (loops: number, browsing = false): KioskReport => ({
  uptimeSeconds: 60,
  heapBytes: 40 * 1024 * 1024,
  domNodes: 1800,
  liveCharts: 2,
  loops,
  browsing,
  screen: browsing ? 'tour' : 'dashboard',
})

describe('a simulated week', () => {
  it('keeps to the hours, refreshes daily outside a browse, logs hourly, and plays its scenes while open', () => {
    const options = scheduleOptions({ hours: 'mon-fri 08:00-18:00, sat 09:00-12:00', refreshAt: '03:00' })
    const schedule = new KioskSchedule(options)
    const blocker = fakeBlocker()
    const heartbeat = new Heartbeat()
    const slides: TourSlide[] = [
      { layout: 'title', steps: 0 },
      { layout: 'chart', steps: 2 },
      { layout: 'closing', steps: 0 },
    ]
    const player = new KioskPlayer(slides, kioskOptions({ dwellSeconds: 60, idleSeconds: 300 }))
    let id: number | undefined
    const refreshes: string[] = []
    const lines: string[] = []
    const awakeMinutes = new Map<number, number>()
    // A visitor browses on Wednesday from 02:50 to 03:20 (a night guard at the screen).
    const browsing = (t: Date) =>
      t.getDay() === 3 && t.getHours() * 60 + t.getMinutes() >= 170 && t.getHours() * 60 + t.getMinutes() < 200
    let place: { slide: number; step: number; lang: 'zh' | 'en' } = { slide: 0, step: 0, lang: 'zh' }
    let wasOpen = false
    for (let t = monday; t < monday + 7 * 24 * 60 * minute; t += minute) {
      const now = new Date(t)
      const open = isOpen(options.hours, now)
      if (open && !wasOpen) {
        const start = player.restart(t)
        place = { slide: start.slide, step: start.step, lang: 'lang' in start ? start.lang : place.lang }
      }
      wasOpen = open
      if (open) {
        if (browsing(now)) player.interact(t)
        const action = player.tick(t, place)
        if (action)
          place = { slide: action.slide, step: action.step, lang: 'lang' in action ? action.lang : place.lang }
      }
      heartbeat.report(report(player.loops, browsing(now)), t)
      const day = schedule.tick(now, heartbeat.browsing)
      id = holdDisplay(blocker, id, day.awake)
      if (day.awake) awakeMinutes.set(now.getDay(), (awakeMinutes.get(now.getDay()) ?? 0) + 1)
      if (day.refresh) refreshes.push(`${now.getDay()} ${now.toTimeString().slice(0, 5)}`)
      const line = heartbeat.tick(t, { uptimeSeconds: (t - monday) / 1000, rssBytes: 90 * 1024 * 1024 })
      if (line) lines.push(line)
    }

    // awake exactly during the opening hours: 10 h on weekdays, 3 h on Saturday, none on Sunday
    expect(Object.fromEntries(awakeMinutes)).toEqual({ 1: 600, 2: 600, 3: 600, 4: 600, 5: 600, 6: 180 })
    expect(blocker.log.filter((e) => e === 'start')).toHaveLength(6)
    expect(blocker.log.filter((e) => e === 'stop')).toHaveLength(6)
    expect(blocker.running.size).toBe(0)
    // once a day at 03:00; on Wednesday when the visitor was done
    expect(refreshes).toEqual(['1 03:00', '2 03:00', '3 03:20', '4 03:00', '5 03:00', '6 03:00', '0 03:00'])
    // one heartbeat an hour (the first an hour after start)
    expect(lines).toHaveLength(7 * 24 - 1)
    expect(lines[0]).toMatch(
      /^heartbeat: up 1h 0m, main rss 90\.0 MiB; page up 1m, heap 40\.0 MiB, DOM nodes 1800, live charts 2, loops \d+/,
    )
    // Ticked once a minute, every stop lasts a minute: a loop of the scenes (two tours of five stops,
    // two dashboards) is 12 minutes, so the 53 open hours give at most 265 loops, a few fewer as
    // each opening starts the list again.
    expect(player.loops).toBeGreaterThanOrEqual(250)
    expect(player.loops).toBeLessThanOrEqual(265)
  })
})

describe('heartbeat', () => {
  it('says when no report has come, and when the latest is old', () => {
    expect(heartbeatLine({ uptimeSeconds: 90061, rssBytes: 1024 * 1024 }, undefined)).toBe(
      'heartbeat: up 1d 1h 1m, main rss 1.0 MiB; no report from the kiosk window yet',
    )
    expect(heartbeatLine({ uptimeSeconds: 60, rssBytes: 0 }, report(3, true), 20 * minute)).toContain(
      'loops 3, visitor browsing (report 20m old)',
    )
  })

  it('restarts its hour when the clock goes back', () => {
    const heartbeat = new Heartbeat(60 * minute)
    const main = { uptimeSeconds: 1, rssBytes: 1 }
    expect(heartbeat.tick(100 * minute, main)).toBeNull()
    expect(heartbeat.tick(10 * minute, main)).toBeNull()
    expect(heartbeat.tick(69 * minute, main)).toBeNull()
    expect(heartbeat.tick(70 * minute, main)).not.toBeNull()
  })

  it('hours from the settings that do not read fall back to always open', () => {
    expect(scheduleOptions({ hours: 'never', refreshAt: undefined })).toEqual({ hours: [], refreshAt: 180 })
    expect(parseHours('never').ok).toBe(false)
  })
})

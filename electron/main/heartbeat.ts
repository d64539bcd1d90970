// The kiosk's heartbeat: one log line an hour with the renderer's latest figures (uptime, heap,
// DOM nodes, live charts, loops done) and the main process's own, so that weeks of unattended
// running leave a trace to read a leak or a stall from. The log itself is rotated (log.ts).
import type { KioskReport } from '../../src/contract'

export const heartbeatEveryMs = 60 * 60 * 1000

export interface MainFigures {
  /** Seconds the main process has run. */
  uptimeSeconds: number
  rssBytes: number
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`

export function duration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  const d = Math.floor(s / 86400)
  const h = Math.floor((s % 86400) / 3600)
  const m = Math.floor((s % 3600) / 60)
  return d ? `${d}d ${h}h ${m}m` : h ? `${h}h ${m}m` : `${m}m`
}

export function heartbeatLine(main: MainFigures, report: KioskReport | undefined, reportAgeMs?: number): string {
  const own = `heartbeat: up ${duration(main.uptimeSeconds)}, main rss ${mib(main.rssBytes)}`
  if (!report) return `${own}; no report from the kiosk window yet`
  const heap = report.heapBytes === undefined ? 'heap n/a' : `heap ${mib(report.heapBytes)}`
  const age =
    reportAgeMs !== undefined && reportAgeMs > 5 * 60_000 ? ` (report ${duration(reportAgeMs / 1000)} old)` : ''
  return (
    `${own}; page up ${duration(report.uptimeSeconds)}, ${heap}, DOM nodes ${report.domNodes}, ` +
    `live charts ${report.liveCharts}, loops ${report.loops}, ${report.browsing ? 'visitor browsing' : report.screen}${age}`
  )
}

/** Keeps the latest report and says when the next line is due: on the hour after the last one. */
export class Heartbeat {
  private latest: { report: KioskReport; at: number } | undefined
  private lastLine: number | undefined

  constructor(private readonly everyMs = heartbeatEveryMs) {}

  report(report: KioskReport, at: number): void {
    this.latest = { report, at }
  }

  get browsing(): boolean {
    return this.latest?.report.browsing ?? false
  }

  /** The line to log at `at` (ms, monotonic), or null when none is due. The first comes one interval after the first tick. */
  tick(at: number, main: MainFigures): string | null {
    if (this.lastLine === undefined || at < this.lastLine) {
      this.lastLine = at
      return null
    }
    if (at - this.lastLine < this.everyMs) return null
    this.lastLine = at
    return heartbeatLine(main, this.latest?.report, this.latest ? at - this.latest.at : undefined)
  }
}

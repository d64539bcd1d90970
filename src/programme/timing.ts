// The time plan: how long each stop takes to speak, from its notes in the language the speaker
// reads them in (about 4 Chinese characters or 2.3 English words a second, plus a few seconds for
// each build step; a slide's `speakingSeconds` overrides the estimate), the programme's total
// against its planned minutes, and where the talk stands part by part.
import type { Slide } from '../content/schema'
import { stepCount } from '../content/steps'
import type { Lang } from '../i18n/lang'
import { isGenerated } from './generated'
import type { RunningOrder } from './order'

export const speech = { zhCharsPerSecond: 4, enWordsPerSecond: 2.3, secondsPerStep: 3 } as const

/** What is read aloud: Chinese characters (a run of Latin letters or digits counts as one), or English words. */
export function spokenUnits(text: string, lang: Lang): number {
  if (lang === 'en') return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0
  const runs = text.match(/[A-Za-z0-9][A-Za-z0-9.,%]*/g)?.length ?? 0
  return han + runs
}

/** Seconds a slide takes to present in `lang`. */
export function slideSeconds(slide: Slide, lang: Lang): number {
  if (slide.speakingSeconds !== undefined) return slide.speakingSeconds
  const rate = lang === 'zh' ? speech.zhCharsPerSecond : speech.enWordsPerSecond
  return Math.round(spokenUnits(slide.notes[lang], lang) / rate + stepCount(slide) * speech.secondsPerStep)
}

export type GroupKind = 'opening' | 'part' | 'other' | 'closing'

/** Consecutive stops of one part of the report (or the welcome, the closing, or slides of no part). */
export interface PlanGroup {
  kind: GroupKind
  part?: number
  /** Stops [from, to) of the running order. */
  from: number
  to: number
  seconds: number
}

export interface TimePlan {
  /** Estimated seconds of each stop. */
  seconds: number[]
  totalSeconds: number
  plannedSeconds: number
  groups: PlanGroup[]
}

function groupOf(slide: Slide): { kind: GroupKind; part?: number } {
  if (isGenerated(slide)) return { kind: slide.generated.kind === 'welcome' ? 'opening' : 'closing' }
  return slide.section === undefined ? { kind: 'other' } : { kind: 'part', part: slide.section }
}

export function timePlan(order: RunningOrder, lang: Lang, plannedMinutes: number): TimePlan {
  const slides = order.stops.map((i) => order.slides[i]!)
  const seconds = slides.map((slide) => slideSeconds(slide, lang))
  const groups: PlanGroup[] = []
  slides.forEach((slide, i) => {
    const { kind, part } = groupOf(slide)
    const last = groups.at(-1)
    if (last && last.kind === kind && last.part === part) {
      last.to = i + 1
      last.seconds += seconds[i]!
    } else groups.push({ kind, ...(part !== undefined && { part }), from: i, to: i + 1, seconds: seconds[i]! })
  })
  return { seconds, totalSeconds: seconds.reduce((a, b) => a + b, 0), plannedSeconds: plannedMinutes * 60, groups }
}

export type PaceStatus = 'on-track' | 'ahead' | 'behind'

export interface Pace {
  status: PaceStatus
  /** Whole minutes ahead or behind (at least 1 when not on track). */
  minutes: number
  /** The group (part) of the stop the talk is at. */
  group: PlanGroup | undefined
}

/** Within this much of the plan counts as on time. */
export const onTrackMs = 30_000

/**
 * Where the talk stands at stop `at` after `elapsedMs`: the planned minutes are shared among the
 * stops in proportion to their estimates; being on a stop before its planned start is ahead, still
 * being on it after its planned end is behind.
 */
export function programmePace(plan: TimePlan, elapsedMs: number, at: number): Pace {
  const group = plan.groups.find((g) => at >= g.from && at < g.to)
  const n = plan.seconds.length
  if (n === 0 || plan.plannedSeconds <= 0) return { status: 'on-track', minutes: 0, group }
  const scale = plan.totalSeconds > 0 ? plan.plannedSeconds / plan.totalSeconds : 0
  const budget = plan.seconds.map((s) => (scale ? s * scale : plan.plannedSeconds / n) * 1000)
  const start = budget.slice(0, at).reduce((a, b) => a + b, 0)
  const end = start + (budget[at] ?? 0)
  const delta = elapsedMs < start ? elapsedMs - start : elapsedMs > end ? elapsedMs - end : 0
  if (Math.abs(delta) < onTrackMs) return { status: 'on-track', minutes: 0, group }
  return {
    status: delta > 0 ? 'behind' : 'ahead',
    minutes: Math.max(1, Math.round(Math.abs(delta) / 60_000)),
    group,
  }
}

/** 1:05, 12:00 */
export function formatMinutes(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

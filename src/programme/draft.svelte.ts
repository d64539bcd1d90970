// The programme being prepared: its fields as typed, and the slides and parts it includes in
// order. Parts stay whole entries until one of their slides is left out; checking happens on save.
import {
  isoDateSchema,
  readProgramme,
  type Programme,
  type ProgrammeEntry,
  type ProgrammeRead,
} from '../contract/programme'
import type { StartLang } from '../contract/lang'
import type { Slide } from '../content/schema'
import type { Lang } from '../i18n/lang'
import { chosenSlides, reportParts } from './order'

export interface DraftFields {
  name: string
  delegationZh: string
  delegationEn: string
  hostZh: string
  hostEn: string
  date: string
  lang: StartLang
  notesLang: Lang
  minutes: number
}

const blank: DraftFields = {
  name: '',
  delegationZh: '',
  delegationEn: '',
  hostZh: '',
  hostEn: '',
  date: '',
  lang: 'zh',
  notesLang: 'zh',
  minutes: 20,
}

export const entryKey = (entry: ProgrammeEntry): string => (typeof entry === 'string' ? entry : `part:${entry.part}`)

export class ProgrammeDraft {
  fields = $state<DraftFields>({ ...blank })
  entries = $state<ProgrammeEntry[]>([])

  private readonly parts: ReadonlyMap<number, number[]>

  constructor(private readonly slides: readonly Slide[]) {
    this.parts = reportParts(slides)
  }

  /** Report slide indexes included, in programme order. */
  get included(): number[] {
    const result = chosenSlides({ ...this.sample(), slides: this.entries }, this.slides)
    return result.ok ? result.indexes : []
  }

  isIncluded(index: number): boolean {
    return this.included.includes(index)
  }

  /** A whole part is in the programme, as one entry. */
  hasPart(part: number): boolean {
    return this.entries.some((e) => typeof e !== 'string' && e.part === part)
  }

  private partOf(index: number): number | undefined {
    return this.slides[index]?.section
  }

  private withoutPartSlides(part: number): ProgrammeEntry[] {
    // A throwaway lookup inside one call: not state.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const ids = new Set((this.parts.get(part) ?? []).map((i) => this.slides[i]!.id))
    return this.entries.filter((e) => (typeof e === 'string' ? !ids.has(e) : e.part !== part))
  }

  setPart(part: number, on: boolean): void {
    if (!this.parts.has(part)) return
    const rest = this.withoutPartSlides(part)
    if (!on) {
      this.entries = rest
      return
    }
    // The part takes the place of its first slide already in the programme, or goes last.
    const first = this.entries.findIndex((e) =>
      typeof e === 'string' ? this.partOf(this.slides.findIndex((s) => s.id === e)) === part : e.part === part,
    )
    const at = first === -1 ? rest.length : this.entries.slice(0, first).filter((e) => rest.includes(e)).length
    this.entries = [...rest.slice(0, at), { part }, ...rest.slice(at)]
  }

  setSlide(index: number, on: boolean): void {
    const slide = this.slides[index]
    if (!slide || this.isIncluded(index) === on) return
    if (on) {
      this.entries = [...this.entries, slide.id]
      return
    }
    const part = this.partOf(index)
    const whole = part !== undefined ? this.entries.findIndex((e) => typeof e !== 'string' && e.part === part) : -1
    if (whole === -1) {
      this.entries = this.entries.filter((e) => e !== slide.id)
      return
    }
    // Leaving one slide out of a whole part: the part becomes its other slides.
    const others = (this.parts.get(part!) ?? []).filter((i) => i !== index).map((i) => this.slides[i]!.id)
    this.entries = [...this.entries.slice(0, whole), ...others, ...this.entries.slice(whole + 1)]
  }

  /** Moves an entry up (-1) or down (+1); returns its new place. */
  move(at: number, by: number): number {
    const to = Math.min(this.entries.length - 1, Math.max(0, at + by))
    if (to === at || !this.entries[at]) return at
    const next = [...this.entries]
    const [entry] = next.splice(at, 1)
    next.splice(to, 0, entry!)
    this.entries = next
    return to
  }

  remove(at: number): void {
    this.entries = this.entries.filter((_, i) => i !== at)
  }

  load(programme: Programme): void {
    this.fields = {
      name: programme.name,
      delegationZh: programme.delegation.zh,
      delegationEn: programme.delegation.en,
      hostZh: programme.host?.zh ?? '',
      hostEn: programme.host?.en ?? '',
      date: programme.date ?? '',
      lang: programme.lang,
      notesLang: programme.notesLang,
      minutes: programme.minutes,
    }
    this.entries = [...programme.slides]
  }

  clear(): void {
    this.fields = { ...blank }
    this.entries = []
  }

  /** The programme as typed, unchecked: empty optional fields left out. */
  raw(): Record<string, unknown> {
    const f = this.fields
    const host = f.hostZh.trim() || f.hostEn.trim() ? { host: { zh: f.hostZh, en: f.hostEn } } : {}
    return {
      name: f.name,
      delegation: { zh: f.delegationZh, en: f.delegationEn },
      ...host,
      ...(f.date.trim() && { date: f.date.trim() }),
      lang: f.lang,
      notesLang: f.notesLang,
      minutes: f.minutes,
      slides: [...this.entries],
    }
  }

  /** Checks the programme against the schema and the report; problems name their paths. */
  check(): ProgrammeRead {
    const read = readProgramme(this.raw())
    if (!read.ok) return read
    const chosen = chosenSlides(read.programme, this.slides)
    return chosen.ok ? read : chosen
  }

  /** A complete programme for previews and the time plan, with placeholders for what is not typed yet. */
  sample(): Programme {
    const f = this.fields
    return {
      name: f.name || '—',
      delegation: { zh: f.delegationZh || '……', en: f.delegationEn || '…' },
      ...(f.hostZh && f.hostEn && { host: { zh: f.hostZh, en: f.hostEn } }),
      ...(isoDateSchema.safeParse(f.date).success && { date: f.date }),
      lang: f.lang,
      notesLang: f.notesLang,
      minutes: f.minutes > 0 ? f.minutes : 1,
      slides: this.entries.length ? [...this.entries] : [this.slides[0]!.id],
    }
  }
}

// The two slides a programme adds: a welcome with the delegation's name and the date, and a
// closing that thanks them. Their words are courtesy phrases from the interface strings and the
// programme's own fields; nothing else is said about the visit.
import type { Programme } from '../contract/programme'
import type { Bilingual, Slide } from '../content/schema'
import { translator } from '../i18n/i18n'
import { languages, locales, type Lang } from '../i18n/lang'

export type GeneratedKind = 'welcome' | 'closing'

/** What a generated slide shows, in each language: a lead line, the delegation's name, a trailing line. */
export interface GeneratedCard {
  kind: GeneratedKind
  lead: Bilingual
  name: Bilingual
  trail: Bilingual
  date?: Bilingual
  host?: Bilingual
}

export type GeneratedSlide = Slide & { generated: GeneratedCard }

/** Ids no report slide can have (report ids never hold a double hyphen). */
export const generatedIds: Record<GeneratedKind, string> = {
  welcome: 'programme--welcome',
  closing: 'programme--closing',
}

export function isGenerated(slide: Slide): slide is GeneratedSlide {
  return 'generated' in slide && typeof (slide as GeneratedSlide).generated === 'object'
}

/** 2027年3月15日 / March 15, 2027 — the calendar day as written, whatever the machine's time zone. */
export function formatDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  )
}

function both(make: (lang: Lang) => string): Bilingual {
  const [zh, en] = languages.map(make) as [string, string]
  return { zh, en }
}

function card(kind: GeneratedKind, programme: Programme, place: Bilingual): GeneratedCard {
  const key = (lang: Lang, part: string) => translator(lang)(`programme.${kind}.${part}`, { place: place[lang] })
  return {
    kind,
    lead: both((lang) => key(lang, 'lead')),
    name: { ...programme.delegation },
    trail: both((lang) => key(lang, 'trail')),
    ...(programme.date !== undefined &&
      kind === 'welcome' && { date: both((lang) => formatDate(programme.date!, lang)) }),
    ...(programme.host !== undefined && kind === 'welcome' && { host: { ...programme.host } }),
  }
}

function sentence(c: GeneratedCard, place: Bilingual, lang: Lang): string {
  return translator(lang)(`programme.${c.kind}.sentence`, { name: c.name[lang], place: place[lang] })
}

function generated(kind: GeneratedKind, programme: Programme, place: Bilingual, notes: Bilingual): GeneratedSlide {
  const c = card(kind, programme, place)
  return {
    id: generatedIds[kind],
    layout: kind === 'welcome' ? 'title' : 'closing',
    title: both((lang) => sentence(c, place, lang)),
    blocks: [],
    notes,
    generated: c,
  }
}

/** `place`: where the visitors have come, as the report pack names it. */
export function welcomeSlide(programme: Programme, place: Bilingual, chosen: number): GeneratedSlide {
  const notes = both((lang) =>
    translator(lang)('programme.welcome.notes', {
      name: programme.delegation[lang],
      count: chosen,
      minutes: programme.minutes,
    }),
  )
  return generated('welcome', programme, place, notes)
}

export function closingSlide(programme: Programme, place: Bilingual): GeneratedSlide {
  return generated(
    'closing',
    programme,
    place,
    both((lang) => translator(lang)('programme.closing.notes', { name: programme.delegation[lang] })),
  )
}

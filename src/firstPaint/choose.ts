// Which written-in opening slide, if any, the window shows before the app has started: only where
// the app is sure to start on that slide, in that language and theme. A guess that turns out wrong
// is dropped by the handover (handOver.ts); no guess is better than a wrong one.
import { isLang } from '../contract/lang'
import type { StartupOptions } from '../contract/url'
import { themeNames, type ThemeName } from '../styles/palette'
import type { FirstPaintVariant } from './variants'

/** What the window has stored, as far as it can be read before the app starts (see `storedChoice`). */
export interface StoredChoice {
  lang?: unknown
  bilingual?: unknown
  theme?: unknown
  showProgress?: unknown
  kiosk?: unknown
}

export type FirstPaintChoice = FirstPaintVariant & { theme: ThemeName }

const optional = (value: unknown, is: (v: unknown) => boolean) => value === undefined || is(value)
const isBoolean = (v: unknown) => typeof v === 'boolean'
const isTheme = (v: unknown): v is ThemeName => (themeNames as readonly unknown[]).includes(v)

/**
 * The opening slide to show, or null. `stored` is null where the settings cannot be read before
 * the app starts; then only a URL that says language and theme is enough.
 */
export function chooseFirstPaint(startup: StartupOptions, stored: StoredChoice | null): FirstPaintChoice | null {
  if (startup.view !== 'audience' || startup.kiosk.enabled || startup.print.enabled) return null
  if (startup.programme !== undefined || startup.reducedMotion) return null
  if ((startup.slide ?? 1) !== 1 || startup.showProgress === false) return null
  const known = stored ?? {}
  const readable =
    optional(known.lang, isLang) &&
    optional(known.bilingual, isBoolean) &&
    optional(known.theme, isTheme) &&
    optional(known.showProgress, isBoolean)
  if (!readable || known.showProgress === false) return null
  // A stored kiosk turns the slides dark unless the URL asks for a theme (styles/theme.svelte.ts).
  const kiosk =
    typeof known.kiosk === 'object' && known.kiosk !== null && (known.kiosk as { enabled?: unknown }).enabled
  if (kiosk && startup.theme === undefined) return null
  // The app's defaults apply only where the settings were read and say nothing.
  const defaults = stored === null ? {} : { theme: 'light' as const, lang: 'zh' as const }
  const theme = startup.theme ?? (known.theme as ThemeName | undefined) ?? defaults.theme
  const lang = startup.lang ?? (known.lang as FirstPaintVariant['lang'] | undefined) ?? defaults.lang
  if (theme === undefined || lang === undefined) return null
  const bilingual = startup.bilingual ?? (known.bilingual as boolean | undefined) ?? false
  return { lang, bilingual, theme }
}

/** The stored settings' JSON text read without checking it in full: null where it is not an object. */
export function storedChoice(text: string | null): StoredChoice | null {
  if (text === null) return {}
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as StoredChoice) : null
  } catch {
    return null
  }
}

// The opening slide is written into the page at build time once per way of showing it: each
// language, on its own or bilingual. The theme is not part of it: it is a set of CSS properties.
import { languages, type Lang } from '../contract/lang'

export interface FirstPaintVariant {
  lang: Lang
  bilingual: boolean
}

export const firstPaintVariants: readonly FirstPaintVariant[] = languages.flatMap((lang) =>
  [false, true].map((bilingual) => ({ lang, bilingual })),
)

/** The variant's name in the page (`data-first-paint="zh"`, `"en-bi"` …). */
export function variantName({ lang, bilingual }: FirstPaintVariant): string {
  return bilingual ? `${lang}-bi` : lang
}

/** The attribute that names a written-in opening slide. */
export const firstPaintAttribute = 'data-first-paint'
/** Where the build writes an element's inline style, which the page's policy would not apply. */
export const firstPaintStyleAttribute = 'data-first-paint-style'

/** Where boot.ts keeps the keys pressed while the written-in slide is up, for the app to replay. */
export const earlyKeysAttribute = 'data-early-keys'

/** A key press kept for the app: the key, and Shift (keys with other modifiers are not kept). */
export interface EarlyKey {
  key: string
  shiftKey: boolean
}

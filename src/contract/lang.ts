/** The report's languages. */
export const languages = ['zh', 'en'] as const
export type Lang = (typeof languages)[number]

/** How a window starts: in one language, or bilingual (`bi`: Chinese with English beneath). */
export const startLanguages = ['zh', 'en', 'bi'] as const
export type StartLang = (typeof startLanguages)[number]

export function isLang(value: unknown): value is Lang {
  return (languages as readonly unknown[]).includes(value)
}

export function isStartLang(value: unknown): value is StartLang {
  return (startLanguages as readonly unknown[]).includes(value)
}

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh'
}

/** The start language for a deck state: `bi` when bilingual. */
export function startLangOf(lang: Lang, bilingual: boolean): StartLang {
  return bilingual ? 'bi' : lang
}

/** A start language as deck state: `bi` is Chinese with the bilingual lines on. */
export function deckLangOf(start: StartLang): { lang: Lang; bilingual: boolean } {
  return start === 'bi' ? { lang: 'zh', bilingual: true } : { lang: start, bilingual: false }
}

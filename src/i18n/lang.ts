export const languages = ['zh', 'en'] as const
export type Lang = (typeof languages)[number]

export const locales: Record<Lang, string> = { zh: 'zh-CN', en: 'en' }

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh'
}

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en'
}

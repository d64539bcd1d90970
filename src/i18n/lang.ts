export { isLang, languages, otherLang, type Lang } from '../contract/lang'
import type { Lang } from '../contract/lang'

/** The Intl locale for each language: number and date formats, `lang` attributes. */
export const locales: Record<Lang, string> = { zh: 'zh-CN', en: 'en' }

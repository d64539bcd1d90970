// One i18next instance for interface text; callers get a translator fixed to a language,
// so switching language is a change of state, not a global side effect.
import i18next, { type TFunction } from 'i18next'
import { strings } from './strings'
import type { Lang } from './lang'

const instance = i18next.createInstance()
void instance.init({
  resources: { zh: { translation: strings.zh }, en: { translation: strings.en } },
  lng: 'zh',
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
})

export type Translate = TFunction

const fixed = new Map<Lang, Translate>()

export function translator(lang: Lang): Translate {
  let t = fixed.get(lang)
  if (!t) fixed.set(lang, (t = instance.getFixedT(lang)))
  return t
}

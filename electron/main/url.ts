// The renderer URL contract (DESIGN §3): what each window loads.
import type { HandoutVariant, Settings } from '../shared/contract'
import { kioskEnabled, startLang, type CliOptions, type StartLang } from './cli'

export const appScheme = 'app'
export const appHost = 'briefing'
export const appOrigin = `${appScheme}://${appHost}`
export const appIndexUrl = `${appOrigin}/index.html`
export const restartingUrl = `${appOrigin}/__restarting`

export type View =
  | { kind: 'audience' }
  | { kind: 'presenter' }
  | { kind: 'print'; lang: StartLang; handout: HandoutVariant; slide?: number }

/** `base` is app://briefing/index.html, or the dev server's URL in development. */
export function rendererUrl(view: View, options: CliOptions, settings: Settings, base: string = appIndexUrl): string {
  const url = new URL(base)
  const query = new URLSearchParams()
  let slide: number | undefined
  if (view.kind === 'print') {
    query.set('print', '1')
    query.set('lang', view.lang)
    query.set('handout', view.handout)
    if (view.slide !== undefined) query.set('slide', String(view.slide))
  } else {
    query.set('lang', startLang(options, settings))
    if (view.kind === 'presenter') {
      query.set('view', 'presenter')
    } else {
      if (kioskEnabled(options, settings)) {
        query.set('kiosk', '1')
        const dwell = options.dwell ?? settings.kiosk.dwellSeconds
        if (dwell !== undefined) query.set('dwell', String(dwell))
        query.set('idle', String(options.idle ?? settings.kiosk.idleSeconds))
      }
      slide = options.slide
    }
  }
  url.search = query.toString()
  url.hash = slide === undefined ? '' : `/${slide}`
  return url.toString()
}

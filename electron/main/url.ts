// What each window of the desktop app loads, decided from the command line and the settings and
// written with the contract's one URL builder.
import { deckLangOf, rendererUrl as buildUrl, type RendererLocation, type Settings } from '../../src/contract'
import { kioskEnabled, startLang, type CliOptions } from './cli'

export const appScheme = 'app'
export const appHost = 'briefing'
export const appOrigin = `${appScheme}://${appHost}`
export const appIndexUrl = `${appOrigin}/index.html`
export const restartingUrl = `${appOrigin}/__restarting`

/** The deck windows; print views for exports are built by the export pipeline (export/plan.ts). */
export type View = { kind: 'audience' } | { kind: 'presenter' } | { kind: 'prepare' }

/** `base` is app://briefing/index.html, or the dev server's URL in development. */
export function rendererUrl(view: View, options: CliOptions, settings: Settings, base: string = appIndexUrl): string {
  return buildUrl(base, windowLocation(view, options, settings))
}

export function windowLocation(view: View, options: CliOptions, settings: Settings): RendererLocation {
  const location: RendererLocation = { ...deckLangOf(startLang(options, settings)) }
  // A programme's own language applies unless --lang says otherwise (the renderer decides).
  if (options.programme !== undefined) {
    if (options.lang === undefined) delete location.lang
    location.programme = options.programme
  }
  if (view.kind === 'presenter' || view.kind === 'prepare') return { ...location, view: view.kind }
  if (options.dashboard) location.view = 'dashboard'
  if (kioskEnabled(options, settings))
    location.kiosk = {
      dwellSeconds: options.dwell ?? settings.kiosk.dwellSeconds,
      idleSeconds: options.idle ?? settings.kiosk.idleSeconds,
      ...(options.scenes !== undefined && { scenes: options.scenes }),
    }
  if (options.slide !== undefined) location.slide = options.slide
  // A room's window opening on the first slide as the page's written-in slide shows it (the
  // progress line on) names its theme, so that the slide can be shown in it before the settings
  // arrive (src/firstPaint/choose.ts); without a theme in the URL the page shows none.
  const opensOnFirstSlide = (location.slide ?? 1) === 1 && location.programme === undefined
  const asWrittenIn = opensOnFirstSlide && settings.showProgress && !location.kiosk && location.view === undefined
  if (asWrittenIn) location.theme = settings.theme
  return location
}

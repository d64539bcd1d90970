// The default session's rules and the app:// protocol that serves the built renderer.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { contentSecurityPolicy } from '../../src/contract/csp'
import type { AppContext } from './context'
import { createAppHandler } from './protocol'
import { restartingPages, stylesheetsOf } from './restarting-page'
import { hardenSession } from './security'
import { appScheme } from './url'

function rendererStylesheets(renderer: string): string[] {
  try {
    return stylesheetsOf(readFileSync(join(renderer, 'index.html'), 'utf8'))
  } catch {
    return []
  }
}

/** Call once the app is ready. */
export function prepareSession(ctx: AppContext): void {
  const { session, protocol } = ctx.deps
  hardenSession(
    session.defaultSession,
    { devOrigin: ctx.devServer, devTools: ctx.development },
    (m) => ctx.log.warn(m),
    contentSecurityPolicy,
  )
  protocol.handle(
    appScheme,
    createAppHandler({
      root: ctx.paths.renderer,
      contentDir: () => (ctx.report && !ctx.report.bundled ? ctx.report.dir : undefined),
      pages: restartingPages(rendererStylesheets(ctx.paths.renderer)),
      onReject: (url, why) => ctx.log.warn(`app:// refused ${url}: ${why}`),
    }),
  )
}

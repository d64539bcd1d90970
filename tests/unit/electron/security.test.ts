import { EventEmitter } from 'node:events'
import type { Session, WebContents } from 'electron'
import { describe, expect, it } from 'vitest'
import { hardenContents, hardenSession, isAllowedRequest, webPreferences } from '../../../electron/main/security'

describe('webPreferences', () => {
  it('locks the renderer down', () => {
    const prefs = webPreferences({ preload: '/app/out/preload/index.cjs', devTools: false })
    expect(prefs).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    })
  })
  it('devtools only when asked; offscreen at scale 1 for captures', () => {
    expect(webPreferences({ preload: 'p', devTools: true }).devTools).toBe(true)
    expect(webPreferences({ preload: 'p', devTools: false, offscreen: true }).offscreen).toEqual({
      deviceScaleFactor: 1,
    })
    expect(webPreferences({ preload: 'p', devTools: false })).not.toHaveProperty('offscreen')
  })
})

describe('isAllowedRequest', () => {
  it('allows the app origin only in production', () => {
    expect(isAllowedRequest('app://briefing/index.html')).toBe(true)
    expect(isAllowedRequest('app://briefing/assets/a.js?v=1')).toBe(true)
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'data:text/html,<script>1</script>',
      'blob:app://briefing/123',
      'app://briefing.evil/x',
      'app://briefing@evil/x',
      'app://other/x',
      'devtools://devtools/bundled/inspector.html',
      'chrome-extension://abc/x.js',
      'ws://localhost:5173/',
      'not a url',
    ])
      expect(isAllowedRequest(url), url).toBe(false)
  })

  it('in development also the dev server (http and its HMR socket) and devtools', () => {
    const dev = { devOrigin: 'http://localhost:5173', devTools: true }
    expect(isAllowedRequest('http://localhost:5173/src/main.ts', dev)).toBe(true)
    expect(isAllowedRequest('ws://localhost:5173/?token=x', dev)).toBe(true)
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', dev)).toBe(true)
    expect(isAllowedRequest('http://localhost:5174/', dev)).toBe(false)
    expect(isAllowedRequest('http://user@localhost:5173/', dev)).toBe(false)
    expect(isAllowedRequest('https://localhost:5173/', dev)).toBe(false)
    expect(isAllowedRequest('chrome-extension://abc/x.js', dev)).toBe(false)
  })
})

class FakeContents extends EventEmitter {
  openHandler?: (details: { url: string }) => { action: string }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler
  }
}

function fire(contents: FakeContents, name: string, url = 'https://evil.example/') {
  let prevented = false
  contents.emit(name, { url, preventDefault: () => (prevented = true) })
  return prevented
}

describe('hardenContents', () => {
  it('prevents navigation, frame navigation, redirects and webviews, and denies new windows', () => {
    const contents = new FakeContents()
    const log: string[] = []
    hardenContents(contents as unknown as WebContents, (m) => log.push(m))
    expect(fire(contents, 'will-navigate')).toBe(true)
    expect(fire(contents, 'will-frame-navigate')).toBe(true)
    expect(fire(contents, 'will-redirect')).toBe(true)
    expect(fire(contents, 'will-attach-webview')).toBe(true)
    expect(contents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    expect(log.some((m) => m.includes('https://evil.example/'))).toBe(true)
  })
})

describe('hardenSession', () => {
  function fakeSession() {
    const handlers: Record<string, (...args: never[]) => unknown> = {}
    const session = {
      on: (name: string, h: never) => (handlers[name] = h),
      setPermissionRequestHandler: (h: never) => (handlers.request = h),
      setPermissionCheckHandler: (h: never) => (handlers.check = h),
      setDevicePermissionHandler: (h: never) => (handlers.device = h),
      webRequest: {
        onBeforeRequest: (h: never) => (handlers.before = h),
        onHeadersReceived: (h: never) => (handlers.headers = h),
      },
    }
    return {
      session: session as unknown as Session,
      handlers: handlers as Record<string, (...args: unknown[]) => unknown>,
    }
  }

  it('denies every permission request and check', () => {
    const { session, handlers } = fakeSession()
    hardenSession(session, {}, () => {}, 'csp')
    const answers: boolean[] = []
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen'])
      handlers.request!({}, permission, (ok: boolean) => answers.push(ok))
    expect(answers).toEqual([false, false, false, false, false])
    expect(handlers.check!({}, 'media')).toBe(false)
    expect(handlers.device!({})).toBe(false)
  })

  it('cancels requests outside the allowlist', () => {
    const { session, handlers } = fakeSession()
    hardenSession(session, {}, () => {}, 'csp')
    const decide = (url: string) => {
      let cancel: boolean | undefined
      handlers.before!({ url }, (r: { cancel: boolean }) => (cancel = r.cancel))
      return cancel
    }
    expect(decide('app://briefing/index.html')).toBe(false)
    expect(decide('https://cdn.example/x.js')).toBe(true)
  })

  it('adds the CSP to app responses and leaves others untouched', () => {
    const { session, handlers } = fakeSession()
    hardenSession(session, {}, () => {}, "default-src 'none'")
    let out: unknown
    handlers.headers!({ url: 'app://briefing/index.html', responseHeaders: { a: ['1'] } }, (r: unknown) => (out = r))
    expect(out).toEqual({ responseHeaders: { a: ['1'], 'Content-Security-Policy': ["default-src 'none'"] } })
    handlers.headers!({ url: 'devtools://devtools/x', responseHeaders: {} }, (r: unknown) => (out = r))
    expect(out).toEqual({})
  })
})

// What every window and the session may do: web preferences, which URLs may load, and the
// handlers that stop navigation, pop-ups, webviews and permission prompts.
import type { Session, WebContents, WebPreferences } from 'electron'
import { requestPath } from './protocol'

export interface PreferenceMode {
  /** Absolute path of out/preload/index.cjs. */
  preload: string
  devTools: boolean
  /** Offscreen rendering at scale 1, for capturing slide images at exactly their pixel size. */
  offscreen?: boolean
}

export function webPreferences(mode: PreferenceMode): WebPreferences {
  return {
    preload: mode.preload,
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
    devTools: mode.devTools,
    ...(mode.offscreen ? { offscreen: { deviceScaleFactor: 1 } } : {}),
  }
}

export interface RequestPolicy {
  /** The dev server's origin (http://localhost:5173) in development, else undefined. */
  devOrigin?: string
  /** Development: devtools:// pages may load. */
  devTools?: boolean
}

function sameHostPort(a: URL, b: URL): boolean {
  return a.hostname === b.hostname && a.port === b.port
}

/** The session's allowlist: app://briefing/ only, plus the dev server and devtools in development. */
export function isAllowedRequest(url: string, policy: RequestPolicy = {}): boolean {
  if (requestPath(url) !== null) return true
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (policy.devTools && parsed.protocol === 'devtools:') return true
  if (policy.devOrigin) {
    const dev = new URL(policy.devOrigin)
    if (parsed.username || parsed.password) return false
    if (parsed.protocol === dev.protocol && sameHostPort(parsed, dev)) return true
    const socket = dev.protocol === 'https:' ? 'wss:' : 'ws:'
    if (parsed.protocol === socket && sameHostPort(parsed, dev)) return true
  }
  return false
}

export interface HardenLog {
  (message: string): void
}

/** Applied to every webContents the app creates (app 'web-contents-created'). */
export function hardenContents(contents: WebContents, log: HardenLog): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault()
    log(`blocked navigation to ${event.url}`)
  })
  contents.on('will-frame-navigate', (event) => {
    event.preventDefault()
  })
  contents.on('will-redirect', (event) => {
    event.preventDefault()
    log(`blocked redirect to ${event.url}`)
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
    log('blocked a <webview>')
  })
  contents.setWindowOpenHandler(({ url }) => {
    log(`blocked a new window for ${url}`)
    return { action: 'deny' }
  })
}

/** Denies every permission, cancels every request outside the allowlist and every download. */
export function hardenSession(session: Session, policy: RequestPolicy, log: HardenLog, csp: string): void {
  session.on('will-download', (event, item) => {
    const url = item.getURL().slice(0, 200)
    event.preventDefault()
    item.cancel()
    log(`cancelled a download of ${url}`)
  })
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`denied permission ${permission}`)
    callback(false)
  })
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, policy)
    if (!allowed) log(`blocked request ${details.url.slice(0, 200)}`)
    callback({ cancel: !allowed })
  })
  // The app:// handler sends the CSP itself; this also covers the dev server in development.
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAllowedRequest(details.url, { devOrigin: policy.devOrigin })) return callback({})
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } })
  })
}

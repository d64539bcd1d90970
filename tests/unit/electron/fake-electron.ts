// A stand-in for the Electron pieces createApp (electron/main/app.ts) is given, enough for it
// to start, create windows and register its handlers. It records what the app asked for.
import { EventEmitter } from 'node:events'

type Handler = (...args: never[]) => unknown

export interface FakeElectron {
  module: Record<string, unknown>
  ready(): void
  calls: {
    privileged: unknown[]
    protocolHandlers: Map<string, (request: Request) => Promise<Response>>
    menus: unknown[]
    quit: number
    exit: number[]
    sandboxEnabled: boolean
    blockers: number[]
    messageBoxes: unknown[]
    /** What the next open dialogs answer, in turn: a path, or null for Cancel. */
    openAnswers: (string | null)[]
  }
  windows: FakeWindow[]
  ipc: { handles: Map<string, Handler>; ons: Map<string, Handler> }
  app: EventEmitter
  sessionHandlers: Record<string, Handler>
}

let nextContentsId = 1

export class FakeContents extends EventEmitter {
  readonly id = nextContentsId++
  url = ''
  sent: [string, unknown][] = []
  css: string[] = []
  crashed = 0
  openHandler?: Handler
  readonly mainFrame = { processId: 10, routingId: this.id, url: '', parent: null }
  loadURL(url: string) {
    this.url = url
    this.mainFrame.url = url
    return Promise.resolve()
  }
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload])
  }
  setWindowOpenHandler(handler: Handler) {
    this.openHandler = handler
  }
  insertCSS(css: string) {
    this.css.push(css)
    return Promise.resolve('key')
  }
  forcefullyCrashRenderer() {
    this.crashed++
  }
  printToPDF() {
    return Promise.resolve(Buffer.from('%PDF'))
  }
  capturePage() {
    return Promise.resolve({ toPNG: () => Buffer.from('png') })
  }
}

export class FakeWindow extends EventEmitter {
  static all: FakeWindow[] = []
  static emitter = new EventEmitter()
  readonly webContents: FakeContents
  destroyed = false
  fullScreen: boolean
  shown = false
  bounds: unknown
  constructor(readonly options: Record<string, unknown>) {
    super()
    this.webContents = new FakeContents()
    this.fullScreen = Boolean(options.fullscreen)
    FakeWindow.all.push(this)
    FakeWindow.emitter.emit('created', this)
  }
  loadURL(url: string) {
    return this.webContents.loadURL(url)
  }
  show() {
    this.shown = true
  }
  isDestroyed() {
    return this.destroyed
  }
  destroy() {
    this.destroyed = true
    this.emit('closed')
  }
  close() {
    let prevented = false
    this.emit('close', { preventDefault: () => (prevented = true) })
    if (!prevented) this.destroy()
  }
  isFullScreen() {
    return this.fullScreen
  }
  setFullScreen(on: boolean) {
    this.fullScreen = on
  }
  isKiosk() {
    return Boolean(this.options.kiosk)
  }
  setBounds(bounds: unknown) {
    this.bounds = bounds
  }
  isMinimized() {
    return false
  }
  restore() {}
  focus() {}
  static getFocusedWindow() {
    return null
  }
}

export function fakeElectron(options: { userData: string; appPath: string; singleInstance?: boolean }): FakeElectron {
  FakeWindow.all = []
  let resolveReady!: () => void
  const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve))
  const calls: FakeElectron['calls'] = {
    privileged: [],
    protocolHandlers: new Map(),
    menus: [],
    quit: 0,
    exit: [],
    sandboxEnabled: false,
    blockers: [],
    messageBoxes: [],
    openAnswers: [],
  }
  const ipc = { handles: new Map<string, Handler>(), ons: new Map<string, Handler>() }
  const sessionHandlers: Record<string, Handler> = {}

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    paths: {} as Record<string, string>,
    getPath: (name: string) => app.paths[name] ?? options.userData,
    setPath: (name: string, value: string) => {
      app.paths[name] = value
    },
    getAppPath: () => options.appPath,
    getVersion: () => '1.0.0',
    enableSandbox: () => {
      calls.sandboxEnabled = true
    },
    whenReady: () => readyPromise,
    requestSingleInstanceLock: () => options.singleInstance ?? true,
    quit: () => {
      calls.quit++
    },
    exit: (code: number) => {
      calls.exit.push(code)
    },
  })
  FakeWindow.emitter.removeAllListeners()
  FakeWindow.emitter.on('created', (win: FakeWindow) => app.emit('web-contents-created', {}, win.webContents))

  const module = {
    app,
    BrowserWindow: FakeWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => calls.privileged.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        calls.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: Object.assign(new EventEmitter(), {
        setPermissionRequestHandler: (h: Handler) => (sessionHandlers.permissionRequest = h),
        setPermissionCheckHandler: (h: Handler) => (sessionHandlers.permissionCheck = h),
        setDevicePermissionHandler: (h: Handler) => (sessionHandlers.device = h),
        webRequest: {
          onBeforeRequest: (h: Handler) => (sessionHandlers.beforeRequest = h),
          onHeadersReceived: (h: Handler) => (sessionHandlers.headersReceived = h),
        },
      }),
    },
    ipcMain: {
      handle: (channel: string, h: Handler) => ipc.handles.set(channel, h),
      on: (channel: string, h: Handler) => ipc.ons.set(channel, h),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: unknown) => calls.menus.push(menu),
    },
    dialog: {
      showMessageBox: (...args: unknown[]) => {
        calls.messageBoxes.push(args)
        return Promise.resolve({ response: 0 })
      },
      showOpenDialog: () => {
        const answer = calls.openAnswers.shift() ?? null
        return Promise.resolve({ canceled: answer === null, filePaths: answer === null ? [] : [answer] })
      },
      showErrorBox: () => {
        throw new Error('showErrorBox must not be reached')
      },
    },
    powerMonitor: new EventEmitter(),
    powerSaveBlocker: {
      start: () => {
        calls.blockers.push(calls.blockers.length + 1)
        return calls.blockers.length
      },
      isStarted: (id: number) => calls.blockers.includes(id),
    },
    screen: Object.assign(new EventEmitter(), {
      getAllDisplays: () => [
        {
          id: 1,
          bounds: { x: 0, y: 0, width: 1920, height: 1080 },
          workArea: { x: 0, y: 0, width: 1920, height: 1040 },
        },
      ],
      getPrimaryDisplay: () => ({ id: 1 }),
    }),
    webContents: {
      fromId: (id: number) => FakeWindow.all.find((w) => w.webContents.id === id)?.webContents,
    },
  }
  return { module, ready: resolveReady, calls, windows: FakeWindow.all, ipc, app, sessionHandlers }
}

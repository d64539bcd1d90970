// The export pipeline's renderer in the desktop app: each page in a hidden window of its own,
// printed with printToPDF or captured with capturePage.
import type { PageRenderer, PrintView } from './export'
import { pdfOptions } from './export'
import { printFailure, type PrintReadySignals } from './print-ready'
import { createWindow, type WindowFactory, type WindowRegistry } from './windows'

export interface RenderContext {
  windows: WindowFactory
  preload: string
  signals: PrintReadySignals
  registry: WindowRegistry
}

export function electronRenderer(ctx: RenderContext): PageRenderer {
  return {
    async open(url, use): Promise<PrintView> {
      const win = createWindow(ctx.windows, {
        role: 'print',
        preload: ctx.preload,
        devTools: false,
        show: false,
        // Slide images are captured offscreen at device scale 1, exactly 1920×1080.
        offscreen: use === 'png',
        bounds: { x: 0, y: 0, width: 1920, height: 1080 },
      })
      ctx.registry.addPrint(win)
      const id = win.webContents.id
      const ready = ctx.signals.wait(id)
      ready.catch(() => {})
      win.webContents.once('render-process-gone', (_event, details) =>
        ctx.signals.cancel(id, new Error(`the print view stopped (${details.reason})`)),
      )
      win.webContents.on('console-message', (event) => {
        const failure = printFailure(event.level, event.message)
        if (failure) ctx.signals.fail(id, failure)
      })
      const close = () => {
        ctx.signals.cancel(id, new Error('closed'))
        ctx.registry.removePrint(win)
        if (!win.isDestroyed()) win.destroy()
      }
      try {
        await win.loadURL(url)
      } catch (error) {
        close()
        throw error
      }
      return {
        ready,
        pdf: (variant) => win.webContents.printToPDF(pdfOptions(variant)),
        png: async () => (await win.webContents.capturePage()).toPNG(),
        close,
      }
    },
  }
}

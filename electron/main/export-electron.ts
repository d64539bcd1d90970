// Export through Electron: hidden print windows, and the menu's dialogs.
import { dialog, type BrowserWindow } from 'electron'
import { existsSync, readdirSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { ExportProgress } from '../../src/contract'
import { probeWritable, writeFileAtomic } from './atomic-write'
import {
  cancelLabel,
  existingSlideImages,
  languageButtons,
  needsOverwriteConfirm,
  pickButton,
  variantButtons,
  withPdfExtension,
  type ExportChoice,
} from './export-plan'
import {
  exportImages,
  exportPdf,
  type DiskPorts,
  type ExportJob,
  type ExportResult,
  type RenderPorts,
} from './export-run'
import { appTitle } from './menu'
import { printFailure, type PrintReadySignals } from './print-ready'
import { createWindow, type WindowRegistry } from './windows'

export interface RenderContext {
  preload: string
  signals: PrintReadySignals
  registry: WindowRegistry
}

async function inHiddenWindow<T>(
  ctx: RenderContext,
  url: string,
  shape: { width: number; height: number; offscreen: boolean },
  run: (win: BrowserWindow, pages: number) => Promise<T> | T,
): Promise<T> {
  const win = createWindow({
    role: 'print',
    preload: ctx.preload,
    devTools: false,
    show: false,
    offscreen: shape.offscreen,
    bounds: { x: 0, y: 0, width: shape.width, height: shape.height },
  })
  ctx.registry.addPrint(win)
  const id = win.webContents.id
  const ready = ctx.signals.wait(id, 'The print view')
  ready.catch(() => {})
  win.webContents.once('render-process-gone', (_event, details) =>
    ctx.signals.cancel(id, new Error(`the print view stopped (${details.reason})`)),
  )
  win.webContents.on('console-message', (event) => {
    const failure = printFailure(event.level, event.message)
    if (failure) ctx.signals.cancel(id, new Error(failure))
  })
  try {
    await win.loadURL(url)
    const pages = await ready
    return await run(win, pages)
  } finally {
    ctx.signals.cancel(id, new Error('closed'))
    ctx.registry.removePrint(win)
    win.destroy()
  }
}

export function electronRenderPorts(ctx: RenderContext): RenderPorts {
  const page = { width: 1920, height: 1080, offscreen: false }
  return {
    pageCount: (url) => inHiddenWindow(ctx, url, page, (_win, pages) => pages),
    printPdf: (url, options) => inHiddenWindow(ctx, url, page, (win) => win.webContents.printToPDF(options)),
    capturePng: (url) =>
      inHiddenWindow(ctx, url, { ...page, offscreen: true }, async (win) =>
        (await win.webContents.capturePage()).toPNG(),
      ),
  }
}

export const diskPorts: DiskPorts = {
  probe: (dir) => probeWritable(dir),
  write: (file, data) => writeFileAtomic(file, data),
}

export async function ensureFolder(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true })
}

async function choose<T>(
  parent: BrowserWindow,
  message: string,
  choices: readonly { label: string }[],
  map: (i: number) => T | null,
) {
  const { response } = await dialog.showMessageBox(parent, {
    type: 'question',
    title: appTitle,
    message,
    buttons: [...choices.map((c) => c.label), cancelLabel],
    cancelId: choices.length,
    defaultId: 0,
    noLink: true,
  })
  return map(response)
}

async function confirmReplace(parent: BrowserWindow, message: string, detail: string): Promise<boolean> {
  const { response } = await dialog.showMessageBox(parent, {
    type: 'warning',
    title: appTitle,
    message,
    detail,
    buttons: ['替换 Replace', cancelLabel],
    cancelId: 1,
    defaultId: 1,
    noLink: true,
  })
  return response === 0
}

async function askChoice(parent: BrowserWindow): Promise<ExportChoice | null> {
  const lang = await choose(
    parent,
    '导出语言 Export language',
    languageButtons,
    (i) => pickButton(languageButtons, i)?.lang ?? null,
  )
  if (!lang) return null
  const handout = await choose(
    parent,
    '导出内容 What to export',
    variantButtons,
    (i) => pickButton(variantButtons, i)?.handout ?? null,
  )
  return handout ? { lang, handout } : null
}

export interface MenuExportContext {
  parent: BrowserWindow
  defaultFolder: string
  job: Omit<ExportJob, 'lang' | 'handout'>
  render: RenderPorts
  progress(progress: ExportProgress): void
  log(message: string): void
}

/** File → Export PDF… / Export slide images…: dialogs, overwrite confirmation, then the export. */
export async function exportFromMenu(format: 'pdf' | 'png', ctx: MenuExportContext): Promise<ExportResult | null> {
  const choice = await askChoice(ctx.parent)
  if (!choice) return null
  const job: ExportJob = { ...ctx.job, ...choice }
  let result: ExportResult
  if (format === 'pdf') {
    const saved = await dialog.showSaveDialog(ctx.parent, {
      title: '导出 PDF Export PDF',
      defaultPath: join(ctx.defaultFolder, `wuhai-2016-${choice.lang}-${choice.handout}.pdf`),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['createDirectory'],
    })
    if (saved.canceled || !saved.filePath) return null
    const file = withPdfExtension(saved.filePath)
    const exists = existsSync(file)
    const dialogAsked = file === saved.filePath
    if (
      (dialogAsked ? needsOverwriteConfirm(process.platform, exists) : exists) &&
      !(await confirmReplace(ctx.parent, '文件已存在，是否替换？ The file exists. Replace it?', file))
    )
      return null
    result = await exportPdf(file, job, ctx.render, diskPorts, ctx.progress)
  } else {
    const picked = await dialog.showOpenDialog(ctx.parent, {
      title: '导出幻灯片图片 Export slide images',
      defaultPath: ctx.defaultFolder,
      properties: ['openDirectory', 'createDirectory'],
    })
    const folder = picked.filePaths[0]
    if (picked.canceled || !folder) return null
    const existing = existingSlideImages(readdirSync(folder))
    if (
      existing.length > 0 &&
      !(await confirmReplace(
        ctx.parent,
        `将替换 ${existing.length} 张图片。 ${existing.length} slide images will be replaced.`,
        folder,
      ))
    )
      return null
    result = await exportImages(folder, job, ctx.render, diskPorts, ctx.progress)
  }
  ctx.log(result.ok ? `exported ${result.path}` : `export failed: ${result.message}`)
  await dialog.showMessageBox(ctx.parent, {
    type: result.ok ? 'info' : 'error',
    title: appTitle,
    message: result.ok ? '导出完成 Export finished' : '导出失败 Export failed',
    detail: result.ok ? result.path : result.message,
    buttons: ['好 OK'],
    noLink: true,
  })
  return result
}

// File → Export PDF… / Export slide images…: the questions, the file dialogs, the overwrite
// confirmation, then the export pipeline.
import type { BrowserWindow, Dialog, MessageBoxOptions } from 'electron'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { ExportProgress } from '../../src/contract'
import {
  cancelLabel,
  languageButtons,
  needsOverwriteConfirm,
  pickButton,
  variantButtons,
  type ExportChoice,
} from './export-choices'
import {
  existingSlideImages,
  exportImages,
  exportPdf,
  withPdfExtension,
  type ExportContext,
  type ExportResult,
} from './export'
import { appTitle } from './menu'

export type ExportDialog = Pick<Dialog, 'showMessageBox' | 'showSaveDialog' | 'showOpenDialog'>

/** A message box of the app's, answered by the index of the button pressed. */
async function ask(
  dialog: ExportDialog,
  parent: BrowserWindow,
  box: Omit<MessageBoxOptions, 'title'>,
): Promise<number> {
  const { response } = await dialog.showMessageBox(parent, { title: appTitle, noLink: true, ...box })
  return response
}

/** One of `choices`, or null for Cancel (the last button). */
async function choose<T extends { label: string }>(
  dialog: ExportDialog,
  parent: BrowserWindow,
  message: string,
  choices: readonly T[],
): Promise<T | null> {
  const buttons = [...choices.map((c) => c.label), cancelLabel]
  const index = await ask(dialog, parent, {
    type: 'question',
    message,
    buttons,
    cancelId: choices.length,
    defaultId: 0,
  })
  return pickButton(choices, index)
}

async function confirmReplace(dialog: ExportDialog, parent: BrowserWindow, message: string, detail: string) {
  const buttons = ['替换 Replace', cancelLabel]
  return (await ask(dialog, parent, { type: 'warning', message, detail, buttons, cancelId: 1, defaultId: 1 })) === 0
}

async function askChoice(dialog: ExportDialog, parent: BrowserWindow): Promise<ExportChoice | null> {
  const language = await choose(dialog, parent, '导出语言 Export language', languageButtons)
  if (!language) return null
  const variant = await choose(dialog, parent, '导出内容 What to export', variantButtons)
  return variant ? { lang: language.lang, handout: variant.handout } : null
}

export interface MenuExportContext {
  dialog: ExportDialog
  platform: NodeJS.Platform
  parent: BrowserWindow
  defaultFolder: string
  /** The open report's id, the start of the suggested file name (wuhai-police-2016-en-slides.pdf). */
  reportId: string
  pipeline: Omit<ExportContext, 'progress'>
  progress(progress: ExportProgress): void
  log(message: string): void
  /** The running visit programme, which the handout follows. */
  programme?: string
  /** Pages the handout must have: one per slide of the report or the programme. */
  slides?: number
}

export async function exportFromMenu(format: 'pdf' | 'png', ctx: MenuExportContext): Promise<ExportResult | null> {
  const { dialog, parent } = ctx
  const asked = await askChoice(dialog, parent)
  if (!asked) return null
  const choice = {
    ...asked,
    ...(ctx.programme !== undefined && { programme: ctx.programme }),
    ...(ctx.slides !== undefined && { slides: ctx.slides }),
  }
  const run = { ...ctx.pipeline, progress: ctx.progress }
  let result: ExportResult
  if (format === 'pdf') {
    const saved = await dialog.showSaveDialog(parent, {
      title: '导出 PDF Export PDF',
      defaultPath: join(ctx.defaultFolder, `${ctx.reportId}-${choice.lang}-${choice.handout}.pdf`),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['createDirectory'],
    })
    if (saved.canceled || !saved.filePath) return null
    const file = withPdfExtension(saved.filePath)
    const exists = existsSync(file)
    const dialogAsked = file === saved.filePath
    if (
      (dialogAsked ? needsOverwriteConfirm(ctx.platform, exists) : exists) &&
      !(await confirmReplace(dialog, parent, '文件已存在，是否替换？ The file exists. Replace it?', file))
    )
      return null
    result = await exportPdf(file, choice, run)
  } else {
    const picked = await dialog.showOpenDialog(parent, {
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
        dialog,
        parent,
        `将替换 ${existing.length} 张图片。 ${existing.length} slide images will be replaced.`,
        folder,
      ))
    )
      return null
    result = await exportImages(folder, choice, run)
  }
  ctx.log(result.ok ? `exported ${result.path}` : `export failed: ${result.message}`)
  await ask(dialog, parent, {
    type: result.ok ? 'info' : 'error',
    message: result.ok ? '导出完成 Export finished' : '导出失败 Export failed',
    detail: result.ok ? result.path : result.message,
    buttons: ['好 OK'],
  })
  return result
}

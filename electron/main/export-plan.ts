// Export decisions that need no window: page sizes, file names, where files may be written.
import { basename, dirname, extname, resolve } from 'node:path'
import type { HandoutVariant, StartLang } from '../../src/contract'

export interface PdfLayout {
  pageSize: 'A4' | { width: number; height: number }
  landscape: boolean
}

/** 16:9 slides at 13.333 × 7.5 in (PowerPoint's widescreen size); notes on A4 landscape. */
export function pdfLayout(variant: HandoutVariant): PdfLayout {
  return variant === 'notes'
    ? { pageSize: 'A4', landscape: true }
    : { pageSize: { width: 13.333, height: 7.5 }, landscape: false }
}

export function pdfOptions(variant: HandoutVariant) {
  return {
    printBackground: true,
    preferCSSPageSize: true,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    ...pdfLayout(variant),
  }
}

/** slide-01.png ... slide-12.png; wider numbers when there are 100 or more slides. */
export function slideFileName(n: number, total: number): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`bad slide number ${n}`)
  const width = Math.max(2, String(Math.max(total, n)).length)
  return `slide-${String(n).padStart(width, '0')}.png`
}

export const slideFilePattern = /^slide-\d{2,5}\.png$/

export function withPdfExtension(file: string): string {
  return extname(file).toLowerCase() === '.pdf' ? file : `${file}.pdf`
}

/** Throws unless `target` is exactly the chosen PDF file. */
export function guardPdfTarget(chosen: string, target: string): string {
  const a = resolve(chosen)
  if (resolve(target) !== a) throw new Error(`refusing to write ${target}: not the chosen file ${chosen}`)
  return a
}

/** Throws unless `target` is a generated slide image directly inside the chosen folder. */
export function guardImageTarget(folder: string, target: string): string {
  const dir = resolve(folder)
  const file = resolve(target)
  if (dirname(file) !== dir || !slideFilePattern.test(basename(file)))
    throw new Error(`refusing to write ${target}: not a slide image inside ${folder}`)
  return file
}

/** Slide images already in a folder that an export would replace. */
export function existingSlideImages(names: readonly string[]): string[] {
  return names.filter((name) => slideFilePattern.test(name)).sort()
}

/** macOS save dialogs ask before replacing a file; elsewhere the app asks itself. */
export function needsOverwriteConfirm(platform: NodeJS.Platform, exists: boolean): boolean {
  return exists && platform !== 'darwin'
}

export interface ExportChoice {
  lang: StartLang
  handout: HandoutVariant
}

export const languageButtons: readonly { label: string; lang: StartLang }[] = [
  { label: '中文', lang: 'zh' },
  { label: 'English', lang: 'en' },
  { label: '双语 Bilingual', lang: 'bi' },
]

export const variantButtons: readonly { label: string; handout: HandoutVariant }[] = [
  { label: '幻灯片 Slides', handout: 'slides' },
  { label: '幻灯片和讲稿 Slides with notes', handout: 'notes' },
  { label: '双语对照 Bilingual', handout: 'bilingual' },
]

export const cancelLabel = '取消 Cancel'

/** Maps message-box button indexes (buttons = choices + Cancel) to a choice; null for Cancel. */
export function pickButton<T>(choices: readonly T[], index: number): T | null {
  return index >= 0 && index < choices.length ? choices[index]! : null
}

// The menu's export questions: which language and handout, and when to ask before replacing.
import type { HandoutVariant, StartLang } from '../../src/contract'

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

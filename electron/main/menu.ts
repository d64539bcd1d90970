// The application menu, bilingual. Deck actions become MenuCommands for the audience window.
import type { MenuItemConstructorOptions } from 'electron'
import type { AppInfo, Lang, MenuCommand } from '../../src/contract'

export const appTitle = '工作报告简报 · Work report briefing'

export interface MenuState {
  lang: Lang
  bilingual: boolean
  showProgress: boolean
  platform: NodeJS.Platform
  devTools: boolean
  /** The bundled report is the one shown. */
  bundledReport: boolean
}

export interface MenuActions {
  command(command: MenuCommand): void
  exportPdf(): void
  exportImages(): void
  toggleFullScreen(): void
  openPresenter(): void
  setProgress(visible: boolean): void
  about(): void
  /** Shows the Prepare view (visit programmes) in the audience window. */
  prepare(): void
  /** Asks for a report pack's folder and shows that report. */
  openReport(): void
  /** Goes back to the report that ships with the app. */
  openBundledReport(): void
}

export type LanguageChoice = Lang | 'bi'

/**
 * The commands for a language radio item. 'bilingual' toggles (like Shift+L), so leaving
 * bilingual mode for one language sends it first.
 */
export function languageCommands(state: Pick<MenuState, 'lang' | 'bilingual'>, choice: LanguageChoice): MenuCommand[] {
  if (choice === 'bi') return state.bilingual ? [] : [{ type: 'bilingual' }]
  const commands: MenuCommand[] = []
  if (state.bilingual) commands.push({ type: 'bilingual' })
  if (state.lang !== choice || state.bilingual) commands.push({ type: 'language', lang: choice })
  return commands
}

export function menuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const send =
    (...commands: MenuCommand[]) =>
    () =>
      commands.forEach((c) => actions.command(c))
  const pickLanguage = (choice: LanguageChoice) => () =>
    languageCommands(state, choice).forEach((c) => actions.command(c))
  const mac = state.platform === 'darwin'

  const template: MenuItemConstructorOptions[] = []
  if (mac) template.push({ role: 'appMenu' })
  template.push(
    {
      id: 'file',
      label: '文件 File',
      submenu: [
        {
          id: 'open-report',
          label: '打开报告… Open report…',
          accelerator: 'CmdOrCtrl+O',
          click: () => actions.openReport(),
        },
        {
          id: 'bundled-report',
          label: '打开内置报告 Open the bundled report',
          enabled: !state.bundledReport,
          click: () => actions.openBundledReport(),
        },
        { type: 'separator' },
        {
          id: 'export-pdf',
          label: '导出 PDF… Export PDF…',
          accelerator: 'CmdOrCtrl+E',
          click: () => actions.exportPdf(),
        },
        {
          id: 'export-png',
          label: '导出幻灯片图片… Export slide images…',
          accelerator: 'CmdOrCtrl+Shift+E',
          click: () => actions.exportImages(),
        },
        { type: 'separator' },
        {
          id: 'prepare',
          label: '准备访问安排… Prepare a visit programme…',
          accelerator: 'CmdOrCtrl+Shift+P',
          click: () => actions.prepare(),
        },
        { type: 'separator' },
        { id: 'quit', label: '退出 Quit', role: 'quit' },
      ],
    },
    {
      id: 'view',
      label: '视图 View',
      submenu: [
        {
          id: 'full-screen',
          label: '全屏 Full screen',
          accelerator: mac ? 'Ctrl+Cmd+F' : 'F11',
          click: () => actions.toggleFullScreen(),
        },
        {
          id: 'progress',
          label: '显示进度条 Show progress bar',
          type: 'checkbox',
          checked: state.showProgress,
          click: (item) => actions.setProgress(item.checked),
        },
        {
          id: 'theme',
          label: '切换浅色 / 深色主题 Light / dark theme',
          accelerator: 'T',
          registerAccelerator: false,
          click: send({ type: 'theme' }),
        },
        { type: 'separator' },
        // The renderer handles these keys itself; the menu only shows them.
        {
          id: 'overview',
          label: '概览 Overview',
          accelerator: 'O',
          registerAccelerator: false,
          click: send({ type: 'overview' }),
        },
        {
          id: 'black',
          label: '黑屏 Black screen',
          accelerator: 'B',
          registerAccelerator: false,
          click: send({ type: 'black' }),
        },
        {
          id: 'presenter',
          label: '演讲者视图 Presenter view',
          accelerator: 'S',
          registerAccelerator: false,
          click: () => actions.openPresenter(),
        },
        ...(state.devTools
          ? ([
              { type: 'separator' },
              { label: '重新加载 Reload', role: 'reload' },
              { label: '开发者工具 Developer tools', role: 'toggleDevTools' },
            ] as MenuItemConstructorOptions[])
          : []),
      ],
    },
    {
      id: 'language',
      label: '语言 Language',
      submenu: [
        {
          id: 'lang-zh',
          label: '中文',
          type: 'radio',
          checked: !state.bilingual && state.lang === 'zh',
          click: pickLanguage('zh'),
        },
        {
          id: 'lang-en',
          label: 'English',
          type: 'radio',
          checked: !state.bilingual && state.lang === 'en',
          click: pickLanguage('en'),
        },
        { id: 'lang-bi', label: '双语 Bilingual', type: 'radio', checked: state.bilingual, click: pickLanguage('bi') },
      ],
    },
    {
      id: 'help',
      label: '帮助 Help',
      role: 'help',
      submenu: [
        {
          id: 'keys',
          label: '快捷键 Keys',
          accelerator: 'H',
          registerAccelerator: false,
          click: send({ type: 'help' }),
        },
        { id: 'about', label: '关于 About', click: () => actions.about() },
      ],
    },
  )
  return template
}

export function aboutDetail(info: AppInfo): string {
  return [
    `版本 Version ${info.version}`,
    `Electron ${info.electron}`,
    info.kiosk ? '展台模式 Kiosk mode' : '',
    '离线演示，不连接网络。 Offline briefing; no network access.',
  ]
    .filter(Boolean)
    .join('\n')
}

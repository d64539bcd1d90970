import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import type { AppInfo, MenuCommand } from '../../../src/contract'
import {
  aboutDetail,
  languageCommands,
  menuTemplate,
  type MenuActions,
  type MenuState,
} from '../../../electron/main/menu'

const state: MenuState = {
  lang: 'zh',
  bilingual: false,
  showProgress: true,
  platform: 'linux',
  devTools: false,
  bundledReport: true,
}

function recorder() {
  const calls: unknown[] = []
  const actions: MenuActions = {
    command: (c) => calls.push(c),
    exportPdf: () => calls.push('exportPdf'),
    exportImages: () => calls.push('exportImages'),
    toggleFullScreen: () => calls.push('toggleFullScreen'),
    openPresenter: () => calls.push('openPresenter'),
    setProgress: (v) => calls.push(`progress:${v}`),
    about: () => calls.push('about'),
    prepare: () => calls.push('prepare'),
    openReport: () => calls.push('openReport'),
    openBundledReport: () => calls.push('openBundledReport'),
  }
  return { calls, actions }
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])])
}

function byId(template: MenuItemConstructorOptions[], id: string) {
  const item = items(template).find((i) => i.id === id)
  if (!item) throw new Error(`no menu item ${id}`)
  return item
}

function click(item: MenuItemConstructorOptions, checked = false) {
  item.click?.({ checked } as never, undefined, {} as never)
}

const cjk = /[\u4e00-\u9fff]/
const latin = /[A-Za-z]{2}/

describe('menuTemplate', () => {
  it('has File, View, Language and Help with bilingual labels', () => {
    const template = menuTemplate(state, recorder().actions)
    expect(template.map((m) => m.label)).toEqual(['文件 File', '视图 View', '语言 Language', '帮助 Help'])
    for (const item of items(template)) {
      if (item.type === 'separator' || item.id === 'lang-zh' || item.id === 'lang-en') continue
      expect(item.label, item.id).toMatch(cjk)
      expect(item.label, item.id).toMatch(latin)
    }
    expect(byId(template, 'lang-zh').label).toBe('中文')
    expect(byId(template, 'lang-en').label).toBe('English')
  })

  it('deck items send contract MenuCommands; window items call their actions', () => {
    const { calls, actions } = recorder()
    const template = menuTemplate(state, actions)
    for (const id of [
      'export-pdf',
      'export-png',
      'prepare',
      'full-screen',
      'overview',
      'black',
      'presenter',
      'keys',
      'about',
    ])
      click(byId(template, id))
    click(byId(template, 'progress'), false)
    expect(calls).toEqual([
      'exportPdf',
      'exportImages',
      'prepare',
      'toggleFullScreen',
      { type: 'overview' },
      { type: 'black' },
      'openPresenter',
      { type: 'help' },
      'about',
      'progress:false',
    ])
    const allowed = new Set<MenuCommand['type']>([
      'language',
      'bilingual',
      'overview',
      'help',
      'black',
      'progress',
      'kiosk-exit-prompt',
    ])
    for (const call of calls) if (typeof call === 'object') expect(allowed.has((call as MenuCommand).type)).toBe(true)
  })

  it('reflects the state: checked language and progress bar', () => {
    const t1 = menuTemplate(state, recorder().actions)
    expect([byId(t1, 'lang-zh').checked, byId(t1, 'lang-en').checked, byId(t1, 'lang-bi').checked]).toEqual([
      true,
      false,
      false,
    ])
    expect(byId(t1, 'progress').checked).toBe(true)
    const t2 = menuTemplate({ ...state, lang: 'en', bilingual: true, showProgress: false }, recorder().actions)
    expect([byId(t2, 'lang-zh').checked, byId(t2, 'lang-en').checked, byId(t2, 'lang-bi').checked]).toEqual([
      false,
      false,
      true,
    ])
    expect(byId(t2, 'progress').checked).toBe(false)
  })

  it('does not register single-key accelerators that the page handles itself', () => {
    const template = menuTemplate(state, recorder().actions)
    for (const item of items(template))
      if (item.accelerator && /^[A-Z]$/.test(item.accelerator)) expect(item.registerAccelerator, item.id).toBe(false)
  })

  it('devtools items only in development; the macOS app menu only on macOS', () => {
    const roles = (t: MenuItemConstructorOptions[]) =>
      items(t)
        .map((i) => i.role)
        .filter(Boolean)
    expect(roles(menuTemplate(state, recorder().actions))).not.toContain('toggleDevTools')
    expect(roles(menuTemplate({ ...state, devTools: true }, recorder().actions))).toContain('toggleDevTools')
    expect(menuTemplate({ ...state, platform: 'darwin' }, recorder().actions)[0]?.role).toBe('appMenu')
  })

  it('language radio items send the commands that reach the chosen mode', () => {
    const { calls, actions } = recorder()
    click(byId(menuTemplate({ ...state, bilingual: true }, actions), 'lang-en'))
    expect(calls).toEqual([{ type: 'bilingual' }, { type: 'language', lang: 'en' }])
  })
})

describe('languageCommands', () => {
  it.each([
    [{ lang: 'zh', bilingual: false }, 'en', [{ type: 'language', lang: 'en' }]],
    [{ lang: 'zh', bilingual: false }, 'zh', []],
    [{ lang: 'zh', bilingual: false }, 'bi', [{ type: 'bilingual' }]],
    [{ lang: 'en', bilingual: true }, 'bi', []],
    [{ lang: 'en', bilingual: true }, 'en', [{ type: 'bilingual' }, { type: 'language', lang: 'en' }]],
  ] as const)('%o → %s', (from, choice, commands) => {
    expect(languageCommands(from, choice)).toEqual(commands)
  })
})

describe('aboutDetail', () => {
  it('names version, Electron and kiosk mode in both languages', () => {
    const info: AppInfo = { version: '1.2.3', electron: '45.5.0', kiosk: true }
    const text = aboutDetail(info)
    expect(text).toContain('版本 Version 1.2.3')
    expect(text).toContain('Electron 45.5.0')
    expect(text).toContain('展台模式 Kiosk mode')
    expect(aboutDetail({ ...info, kiosk: false })).not.toContain('Kiosk')
  })
})

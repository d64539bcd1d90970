import { describe, expect, it } from 'vitest'
import { parseStartup } from '../../../src/contract/url'
import { chooseFirstPaint, storedChoice } from '../../../src/firstPaint/choose'

const url = (search: string, hash = '', reducedMotion = false) => parseStartup(search, hash, reducedMotion)

describe('chooseFirstPaint', () => {
  it('shows the opening slide in the language and theme the window starts in', () => {
    expect(chooseFirstPaint(url(''), {})).toEqual({ lang: 'zh', bilingual: false, theme: 'light' })
    expect(chooseFirstPaint(url('?lang=en&theme=dark'), {})).toEqual({ lang: 'en', bilingual: false, theme: 'dark' })
    expect(chooseFirstPaint(url('?lang=bi'), {})).toEqual({ lang: 'zh', bilingual: true, theme: 'light' })
    expect(chooseFirstPaint(url('', '#/1'), {})).toEqual({ lang: 'zh', bilingual: false, theme: 'light' })
  })

  it('takes what the URL does not say from the stored settings, the URL first', () => {
    const stored = { lang: 'en', bilingual: true, theme: 'dark' }
    expect(chooseFirstPaint(url(''), stored)).toEqual({ lang: 'en', bilingual: true, theme: 'dark' })
    expect(chooseFirstPaint(url('?lang=zh&theme=light'), stored)).toEqual({
      lang: 'zh',
      bilingual: true,
      theme: 'light',
    })
  })

  it('shows nothing where the window does not start on the whole report’s first slide in the audience view', () => {
    for (const search of [
      '?view=presenter',
      '?view=prepare',
      '?view=dashboard',
      '?kiosk=1',
      '?print=1',
      '?programme=Hebei',
      '?motion=reduce',
      '?progress=0',
    ])
      expect(chooseFirstPaint(url(search), {}), search).toBeNull()
    expect(chooseFirstPaint(url('', '#/5'), {})).toBeNull()
    expect(chooseFirstPaint(url('', '', true), {})).toBeNull()
  })

  it('shows nothing where the stored settings would start the window otherwise, or cannot be read', () => {
    expect(chooseFirstPaint(url(''), { showProgress: false })).toBeNull()
    expect(chooseFirstPaint(url(''), { theme: 'purple' })).toBeNull()
    expect(chooseFirstPaint(url(''), { lang: 'fr' })).toBeNull()
    expect(chooseFirstPaint(url(''), { bilingual: 'yes' })).toBeNull()
    // A stored kiosk darkens the slides unless the URL names a theme.
    expect(chooseFirstPaint(url(''), { kiosk: { enabled: true } })).toBeNull()
    expect(chooseFirstPaint(url('?theme=light'), { kiosk: { enabled: true } })).toEqual({
      lang: 'zh',
      bilingual: false,
      theme: 'light',
    })
  })

  it('without readable settings (the desktop app) needs the URL to name language and theme', () => {
    expect(chooseFirstPaint(url('?lang=zh'), null)).toBeNull()
    expect(chooseFirstPaint(url('?theme=dark'), null)).toBeNull()
    expect(chooseFirstPaint(url('?lang=en&theme=dark'), null)).toEqual({ lang: 'en', bilingual: false, theme: 'dark' })
  })
})

describe('storedChoice', () => {
  it('reads a JSON object, nothing stored as no choice, anything else as unreadable', () => {
    expect(storedChoice(null)).toEqual({})
    expect(storedChoice('{"lang":"en","theme":"dark"}')).toEqual({ lang: 'en', theme: 'dark' })
    for (const text of ['not json', '[1]', '"en"', 'null']) expect(storedChoice(text), text).toBeNull()
  })
})

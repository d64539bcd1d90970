// Downloads on the app's session, driven through the fake `electron` module's default session.
import type { DownloadItem, Session } from 'electron'
import { describe, expect, it } from 'vitest'
import { hardenSession } from '../../../electron/main/security'
import { fakeElectron } from './fake-electron'

function fakeDownload(url: string) {
  const item = { cancelled: 0, getURL: () => url, cancel: () => void item.cancelled++ }
  return item
}

function download(session: Session, url: string) {
  const item = fakeDownload(url)
  let prevented = false
  session.emit('will-download', { preventDefault: () => (prevented = true) }, item as unknown as DownloadItem, {})
  return { prevented, cancelled: item.cancelled }
}

describe('downloads', () => {
  it('every download is cancelled and logged, whatever its origin', () => {
    const fake = fakeElectron({ userData: '/tmp/u', appPath: '/tmp/a' })
    const session = (fake.module.session as { defaultSession: Session }).defaultSession
    const log: string[] = []
    hardenSession(session, {}, (m) => log.push(m), 'csp')
    for (const url of ['app://briefing/content/deck.json', 'https://evil.example/payload.exe', 'blob:app://briefing/1'])
      expect(download(session, url)).toEqual({ prevented: true, cancelled: 1 })
    expect(log).toEqual([
      'cancelled a download of app://briefing/content/deck.json',
      'cancelled a download of https://evil.example/payload.exe',
      'cancelled a download of blob:app://briefing/1',
    ])
  })

  it('a data: URL is logged shortened', () => {
    const fake = fakeElectron({ userData: '/tmp/u', appPath: '/tmp/a' })
    const session = (fake.module.session as { defaultSession: Session }).defaultSession
    const log: string[] = []
    hardenSession(session, {}, (m) => log.push(m), 'csp')
    download(session, `data:application/octet-stream;base64,${'A'.repeat(10_000)}`)
    expect(log[0]!.length).toBeLessThan(250)
  })
})

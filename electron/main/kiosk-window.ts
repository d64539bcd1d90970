// Applies kiosk rules to the audience window: the key table, a hidden cursor, no closing.
import type { BrowserWindow } from 'electron'
import { eventChannels, type MenuCommand } from '../../src/contract'
import { kioskKeyDecision } from './kiosk'

export function lockDownKioskWindow(win: BrowserWindow, mayClose: () => boolean): void {
  const contents = win.webContents
  contents.on('before-input-event', (event, input) => {
    const decision = kioskKeyDecision(input)
    if (decision === 'pass') return
    event.preventDefault()
    if (decision === 'exit-prompt') {
      const command: MenuCommand = { type: 'kiosk-exit-prompt' }
      contents.send(eventChannels.menuCommand, command)
    }
  })
  contents.on('dom-ready', () => {
    contents.insertCSS('html, body, * { cursor: none !important; }', { cssOrigin: 'user' }).catch(() => {})
  })
  win.on('close', (event) => {
    if (!mayClose()) event.preventDefault()
  })
}

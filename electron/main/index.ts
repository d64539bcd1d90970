// The main process's entry: the real Electron, handed to createApp (app.ts).
import * as electron from 'electron'
import { createApp, nodeProcess } from './app'

createApp({
  app: electron.app,
  BrowserWindow: electron.BrowserWindow,
  dialog: electron.dialog,
  ipcMain: electron.ipcMain,
  Menu: electron.Menu,
  powerMonitor: electron.powerMonitor,
  powerSaveBlocker: electron.powerSaveBlocker,
  protocol: electron.protocol,
  screen: electron.screen,
  session: electron.session,
  webContents: electron.webContents,
  process: nodeProcess(),
})

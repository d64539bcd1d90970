// The main process's entry: the real Electron, handed to createApp (app.ts).
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerMonitor,
  powerSaveBlocker,
  protocol,
  screen,
  session,
  webContents,
} from 'electron'
import { createApp, nodeProcess } from './app'

createApp({
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerMonitor,
  powerSaveBlocker,
  protocol,
  screen,
  session,
  webContents,
  process: nodeProcess(),
})

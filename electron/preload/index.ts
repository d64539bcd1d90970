// Sandboxed preload (bundled to CommonJS): the only thing it does is expose window.briefing.
import { contextBridge, ipcRenderer } from 'electron'
import { apiKey } from '../../src/contract/channels'
import { createBriefingApi } from './api'

contextBridge.exposeInMainWorld(apiKey, createBriefingApi(ipcRenderer))

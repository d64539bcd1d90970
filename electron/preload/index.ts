// Sandboxed preload (bundled to CommonJS): the only thing it does is expose window.briefing.
import { contextBridge, ipcRenderer } from 'electron'
import { apiKey } from '../shared/contract'
import { createBriefingApi } from './api'

contextBridge.exposeInMainWorld(apiKey, createBriefingApi(ipcRenderer))

import type { BriefingApi } from '../contract'
import { apiKey } from '../contract/channels'
import { electronPlatform } from './electron'
import type { Platform } from './platform'
import { webPlatform } from './web'

export type { Platform } from './platform'

/** The Electron platform when the preload's API is present, the web edition otherwise. */
export function detectPlatform(): Platform {
  const api = (window as unknown as Record<string, BriefingApi | undefined>)[apiKey]
  return api ? electronPlatform(api) : webPlatform()
}

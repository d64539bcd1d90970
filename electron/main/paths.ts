// Where the built app lives. `appPath` is app.getAppPath(): the project root when started with
// `electron .`, the app.asar inside a packaged build.
import { join } from 'node:path'

export interface AppPaths {
  renderer: string
  preload: string
  /** The window icon (packaged with the app, see electron-builder.yml). */
  icon: string
}

export function appPaths(appPath: string): AppPaths {
  return {
    renderer: join(appPath, 'out', 'renderer'),
    preload: join(appPath, 'out', 'preload', 'index.cjs'),
    icon: join(appPath, 'resources', 'icons', 'icon.png'),
  }
}

export function userPaths(userData: string) {
  return { settings: userData, logs: join(userData, 'logs') }
}

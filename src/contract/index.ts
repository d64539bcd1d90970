// The contract between the main process, the preload bridge, the renderer and the scripts. It
// imports none of them (only zod), so every side can depend on it.
export * from './channels'
export * from './deck'
export * from './export'
export * from './heartbeat'
export * from './ipc'
export * from './lang'
export * from './menu'
export * from './schedule'
export * from './settings'
export * from './sync'
export * from './url'

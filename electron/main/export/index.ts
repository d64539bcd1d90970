// The export pipeline shared by the desktop app and `npm run export`. It must not import electron.
export * from './disk'
export * from './plan'
export * from './ready'
export * from './run'

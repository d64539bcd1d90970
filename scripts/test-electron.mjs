// npm run test:electron: the built desktop app in real Electron (tests/electron), when an Electron
// binary is at hand (downloaded by npm install, or ELECTRON_OVERRIDE_DIST_PATH). Without one it
// says so and tests nothing.
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findElectronBinary } from './electron-binary.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const win = process.platform === 'win32'
const found = findElectronBinary({ projectRoot: root })
if ('missing' in found) {
  console.log(`test:electron: not run, no Electron binary (${found.missing}).`)
  process.exit(0)
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('test:electron: Electron needs a display; run it as `xvfb-run -a npm run test:electron`.')
  process.exit(1)
}
const run = (args) => spawnSync(win ? 'npx.cmd' : 'npx', args, { cwd: root, stdio: 'inherit', shell: win }).status ?? 1
console.log(`test:electron: ${found.path}`)
const built = run(['electron-vite', 'build'])
if (built !== 0) process.exit(built)
process.exit(run(['vitest', 'run', '--project', 'electron']))

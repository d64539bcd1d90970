// Where the Electron binary is, found the way the `electron` package finds it (its path.txt and
// dist/ folder, or ELECTRON_OVERRIDE_DIST_PATH) but without loading that package: loading it
// starts a download when the binary is missing, which hangs without a network.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const executables = { darwin: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' }

/** { path } of an existing Electron executable, or { missing } saying what was looked for. */
export function findElectronBinary({
  projectRoot = process.cwd(),
  env = process.env,
  platform = process.platform,
} = {}) {
  let packageDir
  try {
    packageDir = dirname(createRequire(join(projectRoot, 'package.json')).resolve('electron/package.json'))
  } catch {
    return { missing: 'the electron package is not installed (npm ci)' }
  }
  const pathFile = join(packageDir, 'path.txt')
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const name = recorded || executables[platform] || 'electron'
  const override = env.ELECTRON_OVERRIDE_DIST_PATH
  const candidate = override ? join(override, name) : recorded ? join(packageDir, 'dist', recorded) : null
  if (candidate && existsSync(candidate)) return { path: candidate }
  return {
    missing: candidate
      ? `${candidate} does not exist`
      : `the Electron binary was never downloaded (no ${pathFile}) and ELECTRON_OVERRIDE_DIST_PATH is not set`,
  }
}

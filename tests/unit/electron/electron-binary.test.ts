// Finding the Electron binary never loads the electron package (which would start a download).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { findElectronBinary } from '../../../scripts/electron-binary.mjs'

const made: string[] = []
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true })
})

/** A project folder with node_modules/electron whose index.js would throw if it were loaded. */
function project(files: Record<string, string> = {}): { root: string; electron: string } {
  const root = mkdtempSync(join(tmpdir(), 'electron-binary-'))
  made.push(root)
  const electron = join(root, 'node_modules', 'electron')
  mkdirSync(join(electron, 'dist'), { recursive: true })
  writeFileSync(join(root, 'package.json'), '{"name":"p"}')
  writeFileSync(join(electron, 'package.json'), '{"name":"electron","version":"45.5.0","main":"index.js"}')
  writeFileSync(join(electron, 'index.js'), 'throw new Error("loading the electron package downloads it")')
  for (const [path, text] of Object.entries(files)) writeFileSync(join(electron, path), text)
  return { root, electron }
}

describe('findElectronBinary', () => {
  it('finds dist/<path.txt> after a download', () => {
    const { root, electron } = project({ 'path.txt': 'electron', 'dist/electron': '' })
    expect(findElectronBinary({ projectRoot: root, env: {}, platform: 'linux' })).toEqual({
      path: join(electron, 'dist', 'electron'),
    })
  })

  it('reports a binary that was never downloaded, without trying to download it', () => {
    const { root } = project()
    const found = findElectronBinary({ projectRoot: root, env: {}, platform: 'linux' })
    expect(found).toEqual({
      missing: expect.stringMatching(/never downloaded .*ELECTRON_OVERRIDE_DIST_PATH is not set/),
    })
  })

  it('reports a path.txt whose binary is gone', () => {
    const { root, electron } = project({ 'path.txt': 'electron' })
    expect(findElectronBinary({ projectRoot: root, env: {}, platform: 'linux' })).toEqual({
      missing: `${join(electron, 'dist', 'electron')} does not exist`,
    })
  })

  it('uses ELECTRON_OVERRIDE_DIST_PATH, with the platform executable name when there is no path.txt', () => {
    const { root } = project()
    const dist = mkdtempSync(join(tmpdir(), 'electron-dist-'))
    made.push(dist)
    writeFileSync(join(dist, 'electron.exe'), '')
    const env = { ELECTRON_OVERRIDE_DIST_PATH: dist }
    expect(findElectronBinary({ projectRoot: root, env, platform: 'win32' })).toEqual({
      path: join(dist, 'electron.exe'),
    })
    expect(findElectronBinary({ projectRoot: root, env, platform: 'linux' })).toEqual({
      missing: `${join(dist, 'electron')} does not exist`,
    })
  })

  it('says so when the electron package is not installed', () => {
    const root = mkdtempSync(join(tmpdir(), 'electron-binary-none-'))
    made.push(root)
    writeFileSync(join(root, 'package.json'), '{"name":"p"}')
    expect(findElectronBinary({ projectRoot: root, env: {} })).toEqual({
      missing: 'the electron package is not installed (npm ci)',
    })
  })
})

// The composition root, packaged, with fake Electron pieces: refused switches stop it before
// anything is registered or opened.
import type { EventEmitter } from 'node:events'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createApp, type AppDeps, type ProcessFacts } from '../../../electron/main/app'
import { fakeElectron, type FakeElectron } from './fake-electron'

const cleanups: (() => void)[] = []
afterEach(() => {
  while (cleanups.length) cleanups.pop()!()
})

async function bootPackaged(args: string[]): Promise<{ fake: FakeElectron; errorBoxes: string[][] }> {
  const userData = mkdtempSync(join(tmpdir(), 'refusal-test-user-'))
  const appPath = mkdtempSync(join(tmpdir(), 'refusal-test-app-'))
  mkdirSync(join(appPath, 'out', 'renderer'), { recursive: true })
  writeFileSync(join(appPath, 'out', 'renderer', 'index.html'), '<!doctype html><title>t</title>')
  // The build ships the bundled report pack beside the renderer.
  cpSync('resources/content', join(appPath, 'out', 'renderer', 'content'), { recursive: true })
  const fake = fakeElectron({ userData, appPath })
  ;(fake.app as unknown as { isPackaged: boolean }).isPackaged = true
  const errorBoxes: string[][] = []
  ;(fake.module.dialog as { showErrorBox: (title: string, content: string) => void }).showErrorBox = (t, c) =>
    errorBoxes.push([t, c])
  cleanups.push(() => {
    rmSync(userData, { recursive: true, force: true })
    rmSync(appPath, { recursive: true, force: true })
  })
  const proc: ProcessFacts = {
    argv: ['/opt/briefing/wuhai-briefing', ...args],
    defaultApp: false,
    platform: 'linux',
    rendererDevUrl: undefined,
    electronVersion: '45.5.0',
    onFailure: () => {},
    onExit: () => {},
    stdout: () => {},
    stderr: () => {},
    ask: async () => null,
  }
  createApp({ ...(fake.module as unknown as AppDeps), process: proc })
  fake.ready()
  return { fake, errorBoxes }
}

describe('a packaged start with a refused switch', () => {
  it('shows why, exits with 2, and registers and opens nothing', async () => {
    const { fake, errorBoxes } = await bootPackaged(['--lang=en', '--remote-debugging-port=9222'])
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(fake.calls.exit).toEqual([2])
    expect(errorBoxes).toHaveLength(1)
    expect(errorBoxes[0]![1]).toContain('--remote-debugging-port=9222')
    expect(fake.windows).toEqual([])
    expect(fake.calls.protocolHandlers.size).toBe(0)
    expect(fake.ipc.handles.size).toBe(0)
  })

  it('starts normally without one, downloads cancelled on its session', async () => {
    const { fake, errorBoxes } = await bootPackaged(['--lang=en', '--disable-gpu'])
    await vi.waitFor(() => expect(fake.windows[0]?.webContents.url).toMatch(/^app:\/\/briefing\//))
    expect(fake.calls.exit).toEqual([])
    expect(errorBoxes).toEqual([])
    const session = (fake.module.session as { defaultSession: EventEmitter }).defaultSession
    expect(session.listenerCount('will-download')).toBe(1)
  })
})

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLogger, describeError, formatLine } from '../../../electron/main/log'
import { writeFileAtomic } from '../../../electron/main/atomic-write'
import { probeFolder } from '../../../electron/main/export'
import { appPaths } from '../../../electron/main/paths'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'log-test-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const clock = () => new Date('2024-01-02T03:04:05.678Z')

describe('logger', () => {
  it('writes each line to stderr and to logs/main.log', () => {
    const lines: string[] = []
    const log = createLogger({ stderr: (l) => lines.push(l), clock })
    log.warn('before the folder is known')
    log.toFolder(join(dir, 'logs'))
    log.error('boom\n  at x')
    expect(lines).toEqual([
      '2024-01-02T03:04:05.678Z [warn] before the folder is known',
      '2024-01-02T03:04:05.678Z [error] boom\n      at x',
    ])
    expect(readFileSync(join(dir, 'logs', 'main.log'), 'utf8')).toBe(
      '2024-01-02T03:04:05.678Z [error] boom\n      at x\n',
    )
  })

  it('rotates at the size cap, keeping two files', () => {
    const log = createLogger({ stderr: () => {}, clock, maxBytes: 200 })
    log.toFolder(dir)
    for (let i = 0; i < 20; i++) log.info(`line ${i} ${'x'.repeat(20)}`)
    expect(readdirSync(dir).sort()).toEqual(['main.1.log', 'main.log'])
    expect(readFileSync(join(dir, 'main.log'), 'utf8').length).toBeLessThanOrEqual(200)
    expect(readFileSync(join(dir, 'main.log'), 'utf8')).toContain('line 19')
  })

  it('survives a broken stderr and an unwritable folder', () => {
    const blocker = join(dir, 'file')
    writeFileSync(blocker, 'x')
    const log = createLogger({
      stderr: () => {
        throw new Error('EPIPE')
      },
      clock,
    })
    log.toFolder(join(blocker, 'logs'))
    expect(() => log.error('still fine')).not.toThrow()
    expect(log.file).toBeUndefined()
  })

  it('formats lines and errors', () => {
    expect(formatLine(clock(), 'info', 'hi')).toBe('2024-01-02T03:04:05.678Z [info] hi')
    expect(describeError(new Error('bad'))).toMatch(/^Error: bad/)
    expect(describeError({ code: 1 })).toBe('{"code":1}')
    expect(describeError('text')).toBe('"text"')
  })
})

describe('atomic writes', () => {
  it('replaces the file and leaves no temp files', async () => {
    const file = join(dir, 'a.bin')
    writeFileSync(file, 'old')
    await writeFileAtomic(file, new Uint8Array([1, 2, 3]))
    expect([...readFileSync(file)]).toEqual([1, 2, 3])
    expect(readdirSync(dir)).toEqual(['a.bin'])
  })

  it('probeFolder creates and removes its probe, and rejects a non-folder', async () => {
    await probeFolder(dir)
    expect(readdirSync(dir)).toEqual([])
    const blocker = join(dir, 'file')
    writeFileSync(blocker, 'x')
    await expect(probeFolder(blocker)).rejects.toThrow(`${blocker} is not a folder`)
    await expect(probeFolder(join(dir, 'missing'))).rejects.toThrow(`the folder ${join(dir, 'missing')} does not exist`)
    expect(existsSync(join(dir, 'missing'))).toBe(false)
  })
})

describe('appPaths', () => {
  it('finds the built renderer, the CommonJS preload and the window icon under the app path', () => {
    expect(appPaths('/opt/app/resources/app.asar')).toEqual({
      renderer: '/opt/app/resources/app.asar/out/renderer',
      preload: '/opt/app/resources/app.asar/out/preload/index.cjs',
      icon: '/opt/app/resources/app.asar/resources/icons/icon.png',
    })
  })
})

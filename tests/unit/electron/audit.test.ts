// npm run audit:electron judges the app against the Electron it is built with.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error plain .mjs script without type declarations
import { electronVersionOf } from '../../../scripts/audit-electron.mjs'

const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>
}

describe('the Electron version of the audit', () => {
  it("is package.json's electron dependency", () => {
    expect(electronVersionOf(pkg)).toBe(pkg.devDependencies.electron)
    expect(electronVersionOf({ devDependencies: { electron: '46.1.2' } })).toBe('46.1.2')
    expect(electronVersionOf({ dependencies: { electron: '^45.0.0-beta.3' } })).toBe('45.0.0-beta.3')
    expect(electronVersionOf({ devDependencies: { electron: '~44.2.0' } })).toBe('44.2.0')
  })

  it('is the one installed', () => {
    const installed = JSON.parse(readFileSync(join(process.cwd(), 'node_modules/electron/package.json'), 'utf8'))
    expect(electronVersionOf(pkg)).toBe(installed.version)
  })

  it('is not written into the script', () => {
    const script = readFileSync(join(process.cwd(), 'scripts/audit-electron.mjs'), 'utf8')
    expect(script).not.toContain(pkg.devDependencies.electron)
  })

  it('a missing or unusable version is a clear error', () => {
    expect(() => electronVersionOf({})).toThrow('package.json lists no electron dependency')
    expect(() => electronVersionOf({ devDependencies: { electron: 'latest' } })).toThrow(
      'package.json: electron is "latest"; expected a version number such as 1.2.3',
    )
    expect(() => electronVersionOf({ devDependencies: { electron: '>=40 <46' } })).toThrow(/expected a version/)
  })
})

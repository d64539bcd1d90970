// The packaged app's fuses keep their secure values. electron-builder.yml is read with the YAML
// parser electron-builder itself uses, so the test sees what the packager sees.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = process.cwd()
const fromBuilder = createRequire(createRequire(join(root, 'package.json')).resolve('electron-builder/package.json'))
const fromLib = createRequire(fromBuilder.resolve('app-builder-lib/package.json'))
const yaml = fromLib('js-yaml') as { load(text: string): unknown }

const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as {
  asar?: unknown
  electronFuses?: Record<string, unknown>
}

describe('electron-builder.yml', () => {
  it('is the configuration electron-builder reads (package.json has no "build" section to override it)', () => {
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))).not.toHaveProperty('build')
  })

  it('packs the app into an asar archive', () => {
    expect(config.asar).toBe(true)
  })

  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['onlyLoadAppFromAsar', true],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['enableCookieEncryption', true],
    ['grantFileProtocolExtraPrivileges', false],
  ])('fuse %s is %s', (fuse, secure) => {
    expect(config.electronFuses?.[fuse]).toBe(secure)
  })
})

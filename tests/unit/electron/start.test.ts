import { describe, expect, it } from 'vitest'
// @ts-expect-error plain .mjs script without type declarations
import { parsePort, parseStartArgs, webUrl } from '../../../scripts/start-options.mjs'
// @ts-expect-error plain .mjs script without type declarations
import { parseCsvLine, parseFailures, parseReport } from '../../../scripts/audit-electron.mjs'

interface StartArgs {
  build: boolean
  electronArgs: string[]
  web: { query: string; hash: string }
  problems: string[]
}
const parse = parseStartArgs as (argv: string[]) => StartArgs
const url = webUrl as (base: string, web: StartArgs['web']) => string

describe('npm start arguments', () => {
  it('passes every argument to Electron unchanged, except --no-build', () => {
    const args = parse(['--lang', 'en', '--kiosk', '--no-build', '--enable-logging'])
    expect(args.build).toBe(false)
    expect(args.electronArgs).toEqual(['--lang', 'en', '--kiosk', '--enable-logging'])
    expect(parse([]).build).toBe(true)
  })

  it('maps lang, slide and kiosk flags onto the web edition URL', () => {
    const args = parse(['--lang=en', '--slide=5', '--kiosk', '--dwell=8', '--idle', '60'])
    expect(args.problems).toEqual([])
    expect(url('http://127.0.0.1:4000/', args.web)).toBe('http://127.0.0.1:4000/?lang=en&kiosk=1&dwell=8&idle=60#/5')
  })

  it('leaves the URL bare without flags, and ignores dwell outside kiosk mode', () => {
    expect(url('http://127.0.0.1:4000/', parse([]).web)).toBe('http://127.0.0.1:4000/')
    expect(url('http://127.0.0.1:4000/', parse(['--dwell=8']).web)).toBe('http://127.0.0.1:4000/')
  })

  it('reports bad values with the accepted ones', () => {
    expect(parse(['--lang=fr']).problems).toEqual(['--lang=fr: unknown language; expected one of zh, en, bi'])
    expect(parse(['--slide=0']).problems[0]).toMatch(/^--slide=0: not a positive whole number/)
  })
})

describe('npm run web --port', () => {
  const port = parsePort as (argv: string[]) => { port?: number; problem?: string }
  it('accepts 1–65535 in both spellings, or none', () => {
    expect(port(['--port=8080'])).toEqual({ port: 8080 })
    expect(port(['--port', '3000'])).toEqual({ port: 3000 })
    expect(port([])).toEqual({ port: undefined })
  })
  it.each(['--port=0', '--port=65536', '--port=http', '--port=', '--port=80.5'])(
    'rejects %s with a clear message',
    (arg) => {
      expect(port([arg]).problem).toMatch(/expected a port number from 1 to 65535/)
    },
  )
})

describe('audit report parsing', () => {
  const csv = [
    'issue, severity, confidence, filename, location, sample, description, url',
    'CSP_GLOBAL_CHECK,"LOW","TENTATIVE","/a/security.ts","109:15",N/A,"Failed to parse CSP, it may not be valid.",https://example/CSP',
    'SANDBOX_JS_CHECK,"MEDIUM","FIRM","/a/w.ts","3:1","new BrowserWindow({ a: ""b"" })","Use sandbox",https://example/S',
  ].join('\n')

  it('reads the columns electronegativity writes, quotes and embedded commas included', () => {
    const rows = (parseReport as (t: string) => Record<string, string>[])(csv)
    expect(rows).toHaveLength(2)
    expect(rows[0]).toMatchObject({
      issue: 'CSP_GLOBAL_CHECK',
      severity: 'LOW',
      filename: '/a/security.ts',
      location: '109:15',
      description: 'Failed to parse CSP, it may not be valid.',
    })
    expect(rows[1]).toMatchObject({
      issue: 'SANDBOX_JS_CHECK',
      severity: 'MEDIUM',
      sample: 'new BrowserWindow({ a: "b" })',
    })
    expect((parseCsvLine as (l: string) => string[])('a,"b,c",d')).toEqual(['a', 'b,c', 'd'])
  })

  it('refuses a report whose header it does not know', () => {
    expect(() => (parseReport as (t: string) => unknown)('id,level\nX,HIGH')).toThrow(/unexpected report header/)
  })

  it('spots files the scanner could not parse', () => {
    const out =
      '\x1b[31mError parsing /a/bad.ts - Unexpected token (1:9)\x1b[39m\nTolerable error parsing /a/ok.ts - x\n'
    expect((parseFailures as (o: string) => string[])(out)).toEqual([
      'Error parsing /a/bad.ts - Unexpected token (1:9)',
    ])
  })
})

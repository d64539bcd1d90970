// `npm run web -- --programme=FILE`: the flag, the file's first check, and the server answering
// programme.json from memory with the same headers and Host check as every other file.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from '../../src/contract/csp'
import { serve, type Served } from '../../scripts/serve.mjs'
// @ts-expect-error plain .mjs script without type declarations
import { parseStartArgs, readProgrammeFile, webUrl } from '../../scripts/start-options.mjs'

const hebeiText = readFileSync('tests/fixtures/programmes/hebei.json', 'utf8')
const read = (text: string) => () => text

describe('the web flag', () => {
  it('takes --programme=FILE or --programme FILE and puts the programme name in the address', () => {
    expect(parseStartArgs(['--programme', 'visit.json', '--lang=en']).programme).toBe('visit.json')
    const file = readProgrammeFile('visit.json', read(hebeiText))
    expect(file).toEqual({ text: hebeiText, name: 'Hebei visit' })
    expect(webUrl('http://127.0.0.1:9/', { lang: 'en', programme: file.name })).toBe(
      'http://127.0.0.1:9/?lang=en&programme=Hebei+visit',
    )
  })

  it('refuses a file that cannot be a programme before serving anything', () => {
    expect(readProgrammeFile('a.json', read('[1]')).problem).toBe(
      '--programme=a.json: expected a JSON object (a visit programme)',
    )
    expect(readProgrammeFile('a.json', read('{"minutes": 5}')).problem).toBe(
      "--programme=a.json: programme.name: expected the programme's name as text",
    )
    expect(readProgrammeFile('a.json', read('{')).problem).toMatch(/^--programme=a\.json: not valid JSON/)
    const missing = readProgrammeFile('gone.json', () => {
      throw Object.assign(new Error('x'), { code: 'ENOENT' })
    })
    expect(missing.problem).toBe('--programme=gone.json: the file cannot be read (ENOENT)')
  })
})

describe('programme.json on the server', () => {
  let root: string
  let served: Served
  let none: Served
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'web-programme-'))
    mkdirSync(root, { recursive: true })
    writeFileSync(
      join(root, 'index.html'),
      `<!doctype html><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
    )
    served = await serve({ root, programme: hebeiText })
    none = await serve({ root, programme: null })
  })
  afterAll(async () => {
    await served?.close()
    await none?.close()
    rmSync(root, { recursive: true, force: true })
  })

  const get = (base: string, host?: string) =>
    new Promise<{ status: number; body: string; csp?: string }>((resolve, reject) => {
      const url = new URL('programme.json', base)
      const req = request(url, { headers: host ? { host } : {} }, (res) => {
        let body = ''
        res.on('data', (c) => (body += c))
        res.on('end', () =>
          resolve({ status: res.statusCode!, body, csp: res.headers['content-security-policy'] as string }),
        )
      })
      req.on('error', reject)
      req.end()
    })

  it('serves the file given, with the CSP, only to its own address', async () => {
    const ok = await get(served.url)
    expect(ok.status).toBe(200)
    expect(JSON.parse(ok.body).name).toBe('Hebei visit')
    expect(ok.csp).toContain("default-src 'none'")
    expect((await get(served.url, 'rebound.example')).status).toBe(421)
    expect((await get(none.url)).body).toBe('null')
  })
})

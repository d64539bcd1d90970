// Loading a pack in the app: the pack the app was built with is recognised by its digest and only
// parsed; any other is checked in full, and a broken one is refused with its problems.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { packDigest } from '../../../src/content/digest'
import { digestedFiles, loadReport } from '../../../src/content/load'
import { checkedPackFiles } from '../../../scripts/vite/content-plugin'

const fromFolder = (dir: string) => async (name: string) => readFileSync(join(dir, name), 'utf8')
const fromMap = (files: Map<string, string>) => async (name: string) => {
  const text = files.get(name)
  if (text === undefined) throw new Error('HTTP 404')
  return text
}

describe('the bundled pack as the build ships it', () => {
  const built = checkedPackFiles('resources/content')

  it('is written in its checked form, defaults filled in, and loads to the same report as the raw files', async () => {
    const deck = JSON.parse(built.get('deck.json')!)
    expect(deck.slides[0].blocks).toEqual([])
    const raw = await loadReport(fromFolder('resources/content'), undefined)
    const shipped = await loadReport(fromMap(built), undefined)
    expect(raw.ok && shipped.ok).toBe(true)
    if (!raw.ok || !shipped.ok) return
    expect(shipped.report.deck).toEqual(raw.report.deck)
    expect(shipped.report.pack).toEqual(raw.report.pack)
    expect([...shipped.report.figures.entries()]).toEqual([...raw.report.figures.entries()])
  })

  it('is recognised by its digest and parsed without a second check', async () => {
    const digest = await packDigest(digestedFiles.map((name) => built.get(name)!))
    expect(digest).toMatch(/^[0-9a-f]{64}$/)
    const loaded = await loadReport(fromMap(built), digest)
    expect(loaded).toMatchObject({ ok: true, checked: 'build' })
  })
})

describe('any other pack', () => {
  it('is checked in full, even when served in place of the bundled one', async () => {
    const built = checkedPackFiles('resources/content')
    const digest = await packDigest(digestedFiles.map((name) => built.get(name)!))
    const example = await loadReport(fromFolder('tests/fixtures/packs/example'), digest)
    expect(example).toMatchObject({ ok: true, checked: 'load' })
    // One changed character: no longer the bundled pack, so the check runs and finds it.
    const tampered = new Map(built)
    tampered.set('deck.json', built.get('deck.json')!.replace('"layout":"title"', '"layout":"titel"'))
    const loaded = await loadReport(fromMap(tampered), digest)
    expect(loaded.ok).toBe(false)
    expect(loaded.ok ? [] : loaded.problems[0]).toMatch(/^deck\.json: slides\[0\]\.layout: expected one of/)
  })

  it('names a file that cannot be read', async () => {
    const files = new Map(checkedPackFiles('resources/content'))
    files.delete('figures.json')
    expect(await loadReport(fromMap(files), undefined)).toEqual({
      ok: false,
      problems: ['figures.json: could not be read (HTTP 404)'],
    })
  })
})

describe('the digest', () => {
  it('tells apart texts that only run together the same way', async () => {
    expect(await packDigest(['ab', 'c'])).not.toBe(await packDigest(['a', 'bc']))
    expect(await packDigest(['ab', 'c'])).toBe(await packDigest(['ab', 'c']))
  })
})

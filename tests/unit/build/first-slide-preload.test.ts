// The build's preload links: the content files and the font files of the opening slide's text.
import { describe, expect, it } from 'vitest'
import type { Rollup } from 'vite'
import { firstSlidePreload, openingText } from '../../../scripts/vite/first-slide-preload'
import { faceRules, facesFor, unicodeRangeTest } from '../../../scripts/vite/font-faces'

const css = [
  '@font-face{font-family:Noto Sans SC;font-weight:700;src:url(./sc-9-700.woff2)format("woff2");unicode-range:U+30-39,U+4E00-4E0F}',
  '@font-face{font-family:Noto Sans SC;font-weight:700;src:url(./sc-8-700.woff2)format("woff2");unicode-range:U+5E74,U+5DE5}',
  '@font-face{font-family:Noto Sans SC;font-weight:700;src:url(./sc-latin-700.woff2)format("woff2");unicode-range:U+0000-00FF}',
  '@font-face{font-family:Noto Sans SC;font-weight:400;src:url(./sc-8-400.woff2)format("woff2");unicode-range:U+5E74,U+5DE5}',
  '@font-face{font-family:Noto Sans;font-weight:700;src:url(./ns-latin-700.woff2)format("woff2");unicode-range:U+0000-00FF}',
].join('')

const pack = {
  title: { zh: '乙', en: 'Title of the window' },
  organisation: { zh: '年', en: 'Bureau' },
}
const deck = {
  slides: [
    { id: 'title', title: { zh: '2016工', en: 'Review' }, notes: { zh: '丁', en: 'Notes' } },
    { id: 'next', title: { zh: '七', en: 'Next' } },
  ],
}

describe('unicode ranges and faces', () => {
  it('reads single points, spans and wildcards', () => {
    const covers = unicodeRangeTest('U+20AC, U+4E00-4E0F, U+5??')
    expect([0x20ac, 0x4e00, 0x4e0f, 0x500, 0x5ff].every(covers)).toBe(true)
    expect([0x20ad, 0x4e10, 0x600].some(covers)).toBe(false)
  })

  it('takes each rule’s family, weight and file', () => {
    expect(faceRules(css).map((r) => [r.family, r.weight, r.file])).toContainEqual([
      'Noto Sans SC',
      '400',
      './sc-8-400.woff2',
    ])
    expect(faceRules(css)).toHaveLength(5)
  })

  it('picks per weight the faces a browser would use: the last declared where ranges overlap', () => {
    const points = [...'2016工'].map((c) => c.codePointAt(0)!)
    expect(facesFor(faceRules(css), 'Noto Sans SC', points).sort()).toEqual([
      './sc-8-400.woff2',
      './sc-8-700.woff2',
      './sc-latin-700.woff2',
    ])
  })
})

describe('the opening slide’s text', () => {
  it('is the first slide’s strings and the pack’s organisation in one language, without notes or the window title', () => {
    expect([...openingText(deck, pack, 'zh')].sort().join('')).toBe([...'2016工年'].sort().join(''))
    expect(openingText(deck, pack, 'en')).toContain('Bureau')
    expect(openingText(deck, pack, 'en')).not.toContain('Notes')
    expect(openingText(deck, pack, 'en')).not.toContain('Next')
    expect(openingText(deck, pack, 'en')).not.toContain('window')
  })

  it('is empty for a deck it cannot read', () => {
    expect(openingText(undefined, pack, 'zh')).toBe('')
    expect(openingText({ slides: 'none' }, pack, 'zh')).toBe('')
  })
})

function bundleWith(files: Record<string, string>): Rollup.OutputBundle {
  return Object.fromEntries(
    Object.entries(files).map(([fileName, source]) => [fileName, { type: 'asset', fileName, source }]),
  ) as unknown as Rollup.OutputBundle
}

function run(bundle: Rollup.OutputBundle): string {
  const plugin = firstSlidePreload({
    deckFile: 'content/deck.json',
    packFile: 'content/pack.json',
    fetched: ['content/figures.json'],
    lang: 'zh',
    family: 'Noto Sans SC',
  })
  const hook = plugin.generateBundle as { handler: (options: unknown, bundle: Rollup.OutputBundle) => void }
  hook.handler({}, bundle)
  const html = bundle['index.html'] as unknown as { source: string }
  return html.source
}

const page = '<html><head><title>t</title><script type="module" src="./assets/index.js"></script></head></html>'

describe('the preload links', () => {
  it('name the content files and the opening slide’s fonts, after the page’s own script', () => {
    const html = run(
      bundleWith({
        'index.html': page,
        'content/deck.json': JSON.stringify(deck),
        'content/pack.json': JSON.stringify(pack),
        'content/figures.json': '{}',
        'assets/index.css': css,
      }),
    )
    expect(html).toContain('<link rel="preload" href="./content/deck.json" as="fetch" crossorigin>')
    expect(html).toContain('<link rel="preload" href="./content/pack.json" as="fetch" crossorigin>')
    expect(html).toContain('<link rel="preload" href="./content/figures.json" as="fetch" crossorigin>')
    const fonts = [...html.matchAll(/href="([^"]+)" as="font"/g)].map((m) => m[1]).sort()
    expect(fonts).toEqual(['./assets/sc-8-400.woff2', './assets/sc-8-700.woff2', './assets/sc-latin-700.woff2'])
    expect(html.indexOf('as="font"')).toBeGreaterThan(html.indexOf('<script'))
  })

  it('leave out a content file the bundle does not have, and fonts when the deck cannot be read', () => {
    const html = run(bundleWith({ 'index.html': page, 'content/deck.json': 'not json', 'assets/index.css': css }))
    expect(html).toContain('href="./content/deck.json"')
    expect(html).not.toContain('figures.json')
    expect(html).not.toContain('as="font"')
  })
})

import { describe, expect, it } from 'vitest'
import { withFirstPaint } from '../../../scripts/vite/first-paint'
import { firstPaintMarkers, withoutFirstPaint } from '../../../src/contract/firstPaint'

const built = `<!doctype html><html><head><title>t</title>
<script type="module" crossorigin src="./assets/index-A1.js"></script>
</head><body><div id="app"></div></body></html>`

describe('withFirstPaint', () => {
  it('writes the markup between the markers, preloads the entry and starts it from the boot script', () => {
    const page = withFirstPaint(built, {
      markup: '<div data-first-paint="zh" hidden>x</div>',
      boot: 'assets/boot-1.js',
    })
    expect(page).toContain(
      `<body>\n    ${firstPaintMarkers.start}<div data-first-paint="zh" hidden>x</div>${firstPaintMarkers.end}`,
    )
    expect(page).not.toContain('<script type="module"')
    expect(page).toContain('<link rel="modulepreload" crossorigin href="./assets/index-A1.js">')
    expect(page).toContain('<link rel="preload" href="./assets/boot-1.js" as="script">\n    <title>')
    expect(page).toMatch(
      /<script src="\.\/assets\/boot-1\.js" data-entry="\.\/assets\/index-A1\.js" blocking="render"><\/script>\s*<\/body>/,
    )
    // A server that answers with another pack takes the markup out again and nothing else.
    expect(withoutFirstPaint(page)).not.toContain('data-first-paint')
    expect(withoutFirstPaint(page)).toContain('<div id="app"></div>')
  })

  it('writes a report’s `$` as it is, not as a replacement pattern', () => {
    const markup = "<h1>$& $' $` $$ $1</h1>"
    expect(withFirstPaint(built, { markup, boot: 'assets/boot-1.js' })).toContain(markup)
  })

  it('says what the page lacks', () => {
    expect(() => withFirstPaint('<html><body></body></html>', { markup: '', boot: 'b.js' })).toThrow(
      'index.html: no module script for the app to start from',
    )
    expect(() =>
      withFirstPaint('<script type="module" crossorigin src="./a.js"></script><body></body>', {
        markup: '',
        boot: 'b.js',
      }),
    ).toThrow('index.html: no <title> to write the opening slide by')
  })
})

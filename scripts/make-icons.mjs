#!/usr/bin/env node
// Renders the app icon (resources/icons/icon.svg) in Chromium to the PNG sizes the window and the
// installers need, and packs them into icon.ico (Windows) and icon.icns (macOS):
//   node scripts/make-icons.mjs
// Writes resources/icons/icon.png (512 px, the window icon), png/NxN.png (Linux) and the two containers.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { launchChromium } from './chromium.mjs'
import { writeIcns, writeIco } from './icon-files.mjs'

const dir = join(process.cwd(), 'resources', 'icons')
const svg = readFileSync(join(dir, 'icon.svg'), 'utf8')
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024]

const browser = await launchChromium()
const pngs = new Map()
try {
  const page = await browser.newPage()
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size })
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    )
    pngs.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }))
  }
} finally {
  await browser.close()
}

mkdirSync(join(dir, 'png'), { recursive: true })
for (const [size, png] of pngs) writeFileSync(join(dir, 'png', `${size}x${size}.png`), png)
writeFileSync(join(dir, 'icon.png'), pngs.get(512))
writeFileSync(join(dir, 'icon.ico'), writeIco([16, 24, 32, 48, 64, 128, 256].map((s) => pngs.get(s))))
writeFileSync(join(dir, 'icon.icns'), writeIcns([16, 32, 64, 128, 256, 512, 1024].map((s) => pngs.get(s))))
console.log(`icons written to ${dir}: ${sizes.join(', ')} px, icon.ico, icon.icns`)

// The app icon: one SVG, and the files made from it for the window and the installers.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pngSize, readIcns, readIco, writeIcns, writeIco } from '../../scripts/icon-files.mjs'

const dir = join(process.cwd(), 'resources', 'icons')
const read = (name: string) => readFileSync(join(dir, name))

/** A minimal PNG header of a given size: enough for the writers, which copy PNGs as they are. */
function fakePng(size: number): Buffer {
  const png = Buffer.alloc(33)
  Buffer.from('89504e470d0a1a0a', 'hex').copy(png, 0)
  png.writeUInt32BE(13, 8)
  png.write('IHDR', 12, 'ascii')
  png.writeUInt32BE(size, 16)
  png.writeUInt32BE(size, 20)
  return png
}

describe('icon containers', () => {
  it('write an .ico whose entries point at each PNG, 256 px written as 0', () => {
    const pngs = [fakePng(16), fakePng(256)]
    const ico = writeIco(pngs)
    expect(ico.readUInt8(6 + 16)).toBe(0)
    expect(readIco(ico)).toEqual([
      { size: 16, data: pngs[0] },
      { size: 256, data: pngs[1] },
    ])
  })

  it('write an .icns with each PNG under the types of its size', () => {
    const icns = writeIcns([fakePng(16), fakePng(32)])
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    expect(readIcns(icns).map((e) => [e.type, pngSize(e.data).width])).toEqual([
      ['icp4', 16],
      ['icp5', 32],
      ['ic11', 32],
    ])
  })

  it('refuse images a container cannot hold, saying why', () => {
    expect(() => writeIco([fakePng(512)])).toThrow(/at most 256 px; found 512×512/)
    expect(() => writeIcns([fakePng(100)])).toThrow(/16 to 1024 px; found 100×100/)
    expect(() => pngSize(Buffer.from('GIF89a........................'))).toThrow(/not a PNG/)
  })
})

describe('the app icon', () => {
  it('is drawn as one SVG, with no raster image inside', () => {
    const svg = read('icon.svg').toString()
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 1024 1024"/)
    expect(svg).not.toMatch(/<image|data:image|href="http/)
  })

  it('comes as the PNG sizes Linux and the window use', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024])
      expect(pngSize(read(`png/${size}x${size}.png`))).toEqual({ width: size, height: size })
    expect(pngSize(read('icon.png'))).toEqual({ width: 512, height: 512 })
  })

  it('comes as an .ico up to 256 px and an .icns up to 1024 px', () => {
    const ico = readIco(read('icon.ico'))
    expect(ico.map((i) => i.size)).toEqual([16, 24, 32, 48, 64, 128, 256])
    for (const image of ico) expect(pngSize(image.data).width).toBe(image.size)
    const icns = readIcns(read('icon.icns'))
    expect(icns.map((e) => e.type)).toEqual(expect.arrayContaining(['icp4', 'ic07', 'ic09', 'ic10']))
  })

  it('is what the installers are built with, and the window icon ships with the app', () => {
    const yml = readFileSync(join(process.cwd(), 'electron-builder.yml'), 'utf8')
    expect(yml).toMatch(/win:[\s\S]*?icon: resources\/icons\/icon\.ico/)
    expect(yml).toMatch(/mac:[\s\S]*?icon: resources\/icons\/icon\.icns/)
    expect(yml).toMatch(/linux:[\s\S]*?icon: resources\/icons\/png/)
    expect(yml).toMatch(/files:[\s\S]*?- resources\/icons\/icon\.png/)
  })
})

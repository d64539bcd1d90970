// Icon containers from PNG images: Windows .ico and macOS .icns both embed PNGs as they are.

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(png) {
  const signature = '89504e470d0a1a0a'
  if (png.subarray(0, 8).toString('hex') !== signature || png.toString('ascii', 12, 16) !== 'IHDR')
    throw new Error('not a PNG image')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

/** An .ico holding each PNG (square, at most 256 px) as one image. */
export function writeIco(pngs) {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(pngs.length, 4)
  const entries = []
  let offset = 6 + 16 * pngs.length
  for (const png of pngs) {
    const { width, height } = pngSize(png)
    if (width !== height || width > 256)
      throw new Error(`an .ico image must be square and at most 256 px; found ${width}×${height}`)
    const entry = Buffer.alloc(16)
    entry.writeUInt8(width === 256 ? 0 : width, 0)
    entry.writeUInt8(height === 256 ? 0 : height, 1)
    entry.writeUInt8(0, 2)
    entry.writeUInt8(0, 3)
    entry.writeUInt16LE(1, 4)
    entry.writeUInt16LE(32, 6)
    entry.writeUInt32LE(png.length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += png.length
    entries.push(entry)
  }
  return Buffer.concat([header, ...entries, ...pngs])
}

/** The .icns element types for PNG data, by pixel size; sizes that double as @2x get both. */
export const icnsTypes = {
  16: ['icp4'],
  32: ['icp5', 'ic11'],
  64: ['icp6', 'ic12'],
  128: ['ic07'],
  256: ['ic08', 'ic13'],
  512: ['ic09', 'ic14'],
  1024: ['ic10'],
}

/** An .icns holding each PNG under the element types of its size. */
export function writeIcns(pngs) {
  const elements = []
  for (const png of pngs) {
    const { width, height } = pngSize(png)
    const types = icnsTypes[width]
    if (width !== height || !types)
      throw new Error(`an .icns image must be square, 16 to 1024 px; found ${width}×${height}`)
    for (const type of types) {
      const head = Buffer.alloc(8)
      head.write(type, 0, 'ascii')
      head.writeUInt32BE(8 + png.length, 4)
      elements.push(head, png)
    }
  }
  const body = Buffer.concat(elements)
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'ascii')
  head.writeUInt32BE(8 + body.length, 4)
  return Buffer.concat([head, body])
}

/** The elements of an .icns: type and PNG data. */
export function readIcns(file) {
  if (file.toString('ascii', 0, 4) !== 'icns' || file.readUInt32BE(4) !== file.length)
    throw new Error('not an .icns file')
  const out = []
  for (let at = 8; at < file.length;) {
    const length = file.readUInt32BE(at + 4)
    out.push({ type: file.toString('ascii', at, at + 4), data: file.subarray(at + 8, at + length) })
    at += length
  }
  return out
}

/** The images of an .ico: declared size and PNG data. */
export function readIco(file) {
  if (file.readUInt16LE(0) !== 0 || file.readUInt16LE(2) !== 1) throw new Error('not an .ico file')
  const count = file.readUInt16LE(4)
  return Array.from({ length: count }, (_, i) => {
    const at = 6 + 16 * i
    const size = file.readUInt8(at) || 256
    const length = file.readUInt32LE(at + 8)
    const offset = file.readUInt32LE(at + 12)
    return { size, data: file.subarray(offset, offset + length) }
  })
}

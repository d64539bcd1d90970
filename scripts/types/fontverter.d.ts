// fontverter ships no types; the font build and its tests use its one conversion.
declare module 'fontverter' {
  const fontverter: {
    convert(font: Buffer, format: 'sfnt' | 'woff' | 'woff2' | 'truetype'): Promise<Uint8Array>
  }
  export default fontverter
}

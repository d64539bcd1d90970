// A fingerprint of a pack's files as served: the SHA-256 of their texts. The build records the
// bundled pack's, so that the app can tell the pack it was built with, already checked, from any
// other, which it checks in full.

/** The digest of the texts in order, as hex; undefined where no Web Crypto is at hand. */
export async function packDigest(texts: readonly string[]): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle
  if (!subtle) return undefined
  // Each text's length first, so that no two different sets of texts run together the same way.
  const joined = texts.map((text) => `${text.length}:${text}`).join('\n')
  const hash = await subtle.digest('SHA-256', new TextEncoder().encode(joined))
  return [...new Uint8Array(hash)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

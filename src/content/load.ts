// Loads the report pack beside the app (content/…) and checks it; a failure is a list of readable problems.
// The pack the app was built with was checked at build time: recognised by its digest, it is only parsed.
import { packDigest } from './digest'
import { packFiles } from './files'
import type { Pack } from './pack'
import type { Deck, Figure } from './schema'
import type { Report, Validation } from './validate'

export type ReadText = (name: string) => Promise<string>

export const fetchContent: ReadText = async (name) => {
  const response = await fetch(`content/${name}`)
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return response.text()
}

/** The order in which the pack's files are read and digested. */
export const digestedFiles = [packFiles.pack, packFiles.deck, packFiles.figures] as const

declare const __BUNDLED_PACK_DIGEST__: string | undefined
/** The digest of the bundled pack as the build wrote it (see scripts/vite/content-plugin.ts). */
export const bundledDigest: string | undefined =
  typeof __BUNDLED_PACK_DIGEST__ === 'string' ? __BUNDLED_PACK_DIGEST__ : undefined

/** The report from files the build has checked and written in their checked form. */
function checkedReport([pack, deck, figures]: readonly string[]): Report {
  const list = (JSON.parse(figures!) as { figures: Figure[] }).figures
  return {
    pack: JSON.parse(pack!) as Pack,
    deck: JSON.parse(deck!) as Deck,
    figures: new Map(list.map((figure) => [figure.id, figure])),
  }
}

/** A loaded report, and whether it was checked at build (the bundled pack) or now. */
export type Loaded = Validation & { checked?: 'build' | 'load' }

/** `trusted`: the digest of files known to be checked (the bundled pack's); any other pack is checked in full. */
export async function loadReport(read: ReadText = fetchContent, trusted = bundledDigest): Promise<Loaded> {
  const names = digestedFiles
  const results = await Promise.allSettled(names.map((name) => read(name)))
  const problems = results.flatMap((result, i) =>
    result.status === 'rejected'
      ? [`${names[i]}: could not be read (${(result.reason as Error)?.message ?? result.reason})`]
      : [],
  )
  if (problems.length) return { ok: false, problems }
  const texts = results.map((r) => (r as PromiseFulfilledResult<string>).value)
  if (trusted !== undefined && (await packDigest(texts)) === trusted)
    return { ok: true, report: checkedReport(texts), checked: 'build' }
  // The schemas load only for a pack the build has not checked.
  const { validatePack } = await import('./validate')
  const [pack, deck, figures] = names.map((name, i) => ({ name, text: texts[i]! }))
  return { ...validatePack({ pack: pack!, deck: deck!, figures: figures! }), checked: 'load' }
}

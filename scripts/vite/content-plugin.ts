// Checks the bundled report pack when the renderer is built, so that a broken pack fails the build
// with the same messages the app would show, and ships it beside the app as content/*.json in its
// checked form (defaults filled in). The digest of those files goes into the bundle: the app
// recognises the pack it was built with and parses it without checking it again.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { digestedFiles } from '../../src/content/load'
import { packDigest } from '../../src/content/digest'
import { appPackFiles, packFiles } from '../../src/content/pack'
import { readPack } from '../../electron/main/report-pack'

/** The bundled pack's files as the app is given them: the checked ones rewritten, the rest as they are. */
export function checkedPackFiles(dir: string): Map<string, string> {
  const result = readPack(dir)
  if (!result.ok) throw new Error(`The report pack in ${dir} is invalid:\n  ${result.problems.join('\n  ')}`)
  const { pack, deck, figures } = result.report
  return new Map([
    [packFiles.pack, JSON.stringify(pack)],
    [packFiles.deck, JSON.stringify(deck)],
    [packFiles.figures, JSON.stringify({ figures: [...figures.values()] })],
    [packFiles.glossary, readFileSync(join(dir, packFiles.glossary), 'utf8')],
  ])
}

export function bundledContent({ dir }: { dir: string }): Plugin {
  let files: Map<string, string> | undefined
  return {
    name: 'bundled-content',
    async config() {
      files = checkedPackFiles(dir)
      const digest = await packDigest(digestedFiles.map((name) => files!.get(name)!))
      return { define: { __BUNDLED_PACK_DIGEST__: JSON.stringify(digest) } }
    },
    buildStart() {
      for (const name of appPackFiles) this.addWatchFile(join(dir, name))
    },
    generateBundle() {
      for (const [name, text] of files!) this.emitFile({ type: 'asset', fileName: `content/${name}`, source: text })
    },
  }
}

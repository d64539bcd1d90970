// Checks the bundled report pack when the renderer is built and ships the files the app reads beside
// it as content/*.json, so a broken pack fails the build with the same messages the app would show.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { appPackFiles, packFiles } from '../../src/content/pack'
import { validatePack } from '../../src/content/validate'

export function bundledContent({ dir }: { dir: string }): Plugin {
  const read = (name: string) => ({ name, text: readFileSync(join(dir, name), 'utf8') })
  return {
    name: 'bundled-content',
    buildStart() {
      for (const name of appPackFiles) this.addWatchFile(join(dir, name))
      const result = validatePack({
        pack: read(packFiles.pack),
        deck: read(packFiles.deck),
        figures: read(packFiles.figures),
      })
      if (!result.ok) this.error(`The report pack in ${dir} is invalid:\n  ${result.problems.join('\n  ')}`)
    },
    generateBundle() {
      for (const name of appPackFiles)
        this.emitFile({ type: 'asset', fileName: `content/${name}`, source: read(name).text })
    },
  }
}

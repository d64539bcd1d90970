// Checks the report content when the renderer is built and ships it beside the app as
// content/*.json, so a broken file fails the build with the same messages the app would show.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { validateContent } from '../../src/content/validate'
import { contentFiles } from '../../src/content/files'

export function bundledContent({ dir }: { dir: string }): Plugin {
  const read = (name: string) => ({ name, text: readFileSync(join(dir, name), 'utf8') })
  return {
    name: 'bundled-content',
    buildStart() {
      for (const name of Object.values(contentFiles)) this.addWatchFile(join(dir, name))
      const result = validateContent(read(contentFiles.deck), read(contentFiles.figures))
      if (!result.ok) this.error(`The report content is invalid:\n  ${result.problems.join('\n  ')}`)
    },
    generateBundle() {
      for (const name of Object.values(contentFiles))
        this.emitFile({ type: 'asset', fileName: `content/${name}`, source: read(name).text })
    },
  }
}

// The layer rules are only worth having if they fail: lint planted imports against the project's
// own ESLint configuration and expect the boundary rule to refuse the ones that cross a layer.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message)
}

describe('import boundaries', () => {
  it.each([
    [
      'content imports nothing of the app',
      'src/content/planted.ts',
      "import { DeckState } from '../deck/deck.svelte'\nexport const x = DeckState\n",
    ],
    [
      'the deck imports no component',
      'src/deck/planted.ts',
      "import Audience from '../chrome/Audience.svelte'\nexport const x = Audience\n",
    ],
    [
      'charts do not reach the platform',
      'src/charts/planted.ts',
      "import { detectPlatform } from '../platform'\nexport const x = detectPlatform\n",
    ],
    [
      'i18n does not import main-process code',
      'src/i18n/planted.ts',
      "import { appTitle } from '../../electron/main/menu'\nexport const x = appTitle\n",
    ],
    [
      'the contract imports no layer',
      'src/contract/planted.ts',
      "import { isLang } from '../i18n/lang'\nexport const x = isLang\n",
    ],
    [
      'the main process does not import the renderer',
      'electron/main/planted.ts',
      "import { DeckState } from '../../src/deck/deck.svelte'\nexport const x = DeckState\n",
    ],
  ])('%s', { timeout: 60_000 }, async (_rule, file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([expect.stringMatching(/no policy allowing dependencies/)])
  })

  it('allows what the layers allow', { timeout: 60_000 }, async () => {
    expect(
      await boundaryErrors(
        'src/chrome/planted.ts',
        "import { DeckState } from '../deck/deck.svelte'\nexport const x = DeckState\n",
      ),
    ).toEqual([])
    expect(
      await boundaryErrors(
        'electron/main/planted.ts',
        "import { timing } from '../../src/contract'\nexport const x = timing\n",
      ),
    ).toEqual([])
  })
})

describe('Electron runtime imports', () => {
  it('are refused outside the composition roots', { timeout: 60_000 }, async () => {
    const [result] = await eslint.lintText("import { ipcMain } from 'electron'\nexport const x = ipcMain\n", {
      filePath: 'electron/main/planted.ts',
    })
    expect(result?.messages.map((m) => m.ruleId)).toContain('no-restricted-imports')
  })
})

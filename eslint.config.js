// Lint: TypeScript and Svelte rules, and the layers of the app as import boundaries
// (docs/architecture.md explains them). `npm run lint` runs this and Prettier's check.
import js from '@eslint/js'
import boundaries from 'eslint-plugin-boundaries'
import svelte from 'eslint-plugin-svelte'
import globals from 'globals'
import ts from 'typescript-eslint'
import svelteConfig from './svelte.config.js'

/** The renderer's layers under src/, and what each may import (besides itself and packages). */
const rendererLayers = {
  contract: [],
  content: ['contract'],
  styles: [],
  i18n: ['contract', 'content'],
  programme: ['contract', 'content', 'i18n'],
  deck: ['contract', 'content', 'i18n'],
  charts: ['contract', 'content', 'i18n', 'styles'],
  input: ['contract', 'deck'],
  slides: ['contract', 'content', 'i18n', 'deck', 'charts', 'styles', 'programme'],
  platform: ['contract', 'deck'],
  questions: ['contract', 'content', 'i18n', 'deck', 'input', 'platform'],
  chrome: [
    'contract',
    'content',
    'i18n',
    'deck',
    'charts',
    'input',
    'slides',
    'styles',
    'platform',
    'programme',
    'questions',
  ],
  kiosk: ['contract', 'content', 'i18n', 'deck', 'input', 'chrome', 'platform', 'programme'],
  firstPaint: ['contract', 'content', 'deck', 'input', 'chrome', 'platform', 'programme', 'styles'],
}

const layers = {
  ...rendererLayers,
  // App.svelte and main.ts wire every renderer layer together.
  app: Object.keys(rendererLayers),
  main: ['contract', 'content'],
  preload: ['contract'],
  // Build plugins validate the content and cut the fonts by the renderer's unicode-range reading;
  // scripts share the contract and the main process's pure parts.
  scripts: ['contract', 'content', 'styles', 'main'],
}

const elements = [
  ...Object.keys(rendererLayers).map((type) => ({ type, pattern: `src/${type}` })),
  { type: 'main', pattern: 'electron/main' },
  { type: 'preload', pattern: 'electron/preload' },
  { type: 'scripts', pattern: 'scripts' },
  // Last, so that it takes only the files directly in src/: App.svelte and main.ts.
  { type: 'app', pattern: 'src' },
]

export default ts.config(
  { ignores: ['out/', 'dist/', 'shots/', 'node_modules/', 'bench-results/', 'test-results/', '.tmp/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
  {
    files: ['src/**', 'electron/**', 'scripts/**'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/include': ['src/**', 'electron/**', 'scripts/**'],
      'import/resolver': {
        typescript: { project: ['tsconfig.json', 'electron/tsconfig.json'], noWarnOnMultipleProjects: true },
        node: true,
      },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: Object.entries(layers).map(([type, allowed]) => ({
            from: { element: { type } },
            allow: { to: { element: { types: { anyOf: [type, ...allowed] } } } },
          })),
        },
      ],
    },
  },
  {
    // Only the composition roots and the adapters that create Electron objects touch Electron's
    // runtime; everything else takes what it needs as a parameter.
    files: ['src/**', 'electron/**', 'scripts/**'],
    ignores: [
      'electron/main/index.ts',
      'electron/preload/index.ts',
      'electron/main/windows.ts',
      'electron/main/export-electron.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'Import Electron only in electron/main/index.ts or electron/preload/index.ts; take what you need as a parameter.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
)

// npm run check-report -- DIR [--json] [--no-render]: checks the report pack in DIR the way its
// author needs to hear about it, as a table on stdout (or JSON); progress goes to stderr.
// Exit code 0: clean (warnings allowed), 1: errors found, 2: bad arguments or no built app.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createJiti } from 'jiti'
import { launchChromium } from './chromium.mjs'
import { outRenderer, serve } from './serve.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const jiti = createJiti(import.meta.url)
const { parseCheckArgs, usage } = await jiti.import('./check-report/args.ts')

// npm runs scripts in the project's folder; DIR is meant from where the person typed the command.
const args = parseCheckArgs(process.argv.slice(2), { cwd: process.env.INIT_CWD || process.cwd() })
if (!args.ok) {
  for (const problem of args.problems) console.error(problem)
  process.exit(2)
}
if (args.help) {
  console.log(`${usage}
Checks a report pack: its files against the schema, that every number of source.zh.txt is shown by
a figure or listed in excusedNumbers, that each figure's value is in its source sentence, that every
text is translated, that glossary terms are used consistently, that charts fit their visual, and
(unless --no-render) every stop rendered in Chromium at 1024×768 and 1920×1080 in zh, en and bi.
Exit code 0: no errors; 1: errors; 2: bad arguments. --json prints the findings as JSON.`)
  process.exit(0)
}

const renderer = outRenderer(root)
if (args.render && !existsSync(join(renderer, 'index.html'))) {
  console.error(
    `There is no built app in ${renderer}: run npm run build first (or check without rendering: --no-render).`,
  )
  process.exit(2)
}

const { readPackForChecks } = await jiti.import('./check-report/pack.ts')
const { runChecks } = await jiti.import('./check-report/run.ts')
const { skipped, error } = await jiti.import('./check-report/findings.ts')
const { formatJson, formatTable, exitCode } = await jiti.import('./check-report/report.ts')
const { reportTitle } = await jiti.import('../src/content/pack.ts')
// The app's own rule of what each chart visual can show, from the renderer's charts layer.
const { chartProblems } = await jiti.import('../src/charts/builders/index.ts')

const pack = readPackForChecks(args.dir)
const results = runChecks(pack, { chartFit: chartProblems })

async function render() {
  if (!args.render) return skipped('render', 'skipped: --no-render')
  if (!pack.report) return skipped('render', 'skipped: needs pack.json, deck.json and figures.json to validate')
  const { checkRender, sizeName } = await jiti.import('./check-report/render.ts')
  const tty = process.stderr.isTTY
  const progress = (lang, size, done, total) => {
    const line = `rendering ${lang} ${sizeName(size)}: ${done}/${total}`
    if (tty) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`)
    else if (done === total || done % 10 === 0) process.stderr.write(`${line}\n`)
  }
  let server
  let browser
  try {
    server = await serve({ root: renderer, report: pack.dir })
    browser = await launchChromium()
    return await checkRender({ browser, base: server.url, deck: pack.report.deck, progress })
  } catch (cause) {
    return {
      id: 'render',
      ran: true,
      detail: 'Chromium',
      findings: [error('Chromium', `could not render: ${cause.message}`)],
    }
  } finally {
    await browser?.close()
    await server?.close()
  }
}
results.push(await render())

const p = pack.report?.pack
const report = { pack: pack.dir, title: p && `${reportTitle(p, 'zh')} · ${reportTitle(p, 'en')}`, results }
process.stdout.write(args.json ? formatJson(report) : formatTable(report))
process.exitCode = exitCode(report)

// npm run web [-- --port=N --lang=en --slide=3 --programme=visit.json --report=DIR]: serves the
// built briefing (out/renderer) on 127.0.0.1, with the bundled report or the report pack in DIR.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createJiti } from 'jiti'
import { outRenderer, serve, stopOnSignals } from './serve.mjs'
import { parsePort, parseStartArgs, readProgrammeFile, webUrl } from './start-options.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const argv = process.argv.slice(2)
const port = parsePort(argv)
if (port.problem) {
  console.error(port.problem)
  process.exit(2)
}
const args = parseStartArgs(argv)
for (const problem of args.problems) console.error(problem)

let programme = null
if (args.programme !== undefined) {
  const read = readProgrammeFile(args.programme, (file) => readFileSync(file, 'utf8'))
  if (read.problem) {
    console.error(read.problem)
    process.exit(2)
  }
  programme = read.text
  args.web.programme = read.name
}

let report
if (args.report !== undefined) {
  const { readPack } = await createJiti(import.meta.url).import('../electron/main/report-pack.ts')
  report = resolve(args.report)
  const read = readPack(report)
  if (!read.ok) {
    console.error(`--report=${args.report}: the report pack cannot be opened:\n  ${read.problems.join('\n  ')}`)
    process.exit(2)
  }
  console.log(`Report: ${read.report.pack.title.zh} · ${read.report.pack.title.en} (${report})`)
}

const folder = outRenderer(root)
if (!existsSync(join(folder, 'index.html'))) {
  console.error(`There is no built briefing in ${folder}; run npm run build first.`)
  process.exit(1)
}

let server
try {
  server = await serve({ root: folder, port: port.port ?? 0, programme, report })
} catch (error) {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port.port} is already in use; choose another with --port=N.`
      : `Could not start the server: ${error.message}`,
  )
  process.exit(1)
}
console.log(`Web edition: ${webUrl(server.url, args.web)}`)
console.log('Press Ctrl+C to stop.')
stopOnSignals(server)

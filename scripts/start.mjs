// npm start [-- ARGS]: build, then run the briefing in Electron; when the Electron runtime cannot be
// obtained (it is downloaded on first run), serve the same build as the web edition instead.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { outRenderer, serve, stopOnSignals } from './serve.mjs'
import { parseStartArgs, webUrl } from './start-options.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const win = process.platform === 'win32'
const args = parseStartArgs(process.argv.slice(2))

function build() {
  const result = spawnSync(win ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], {
    cwd: root,
    stdio: 'inherit',
    shell: win,
  })
  if (result.status !== 0) {
    const why = result.error ? result.error.message : `exit code ${result.status ?? result.signal}`
    console.error(`\nThe build failed (electron-vite build: ${why}); see the messages above. Nothing was started.`)
    process.exit(result.status || 1)
  }
}

/** Asks the electron package for its binary in a child process, so a failed download cannot crash this script. */
function electronBinary() {
  const env = { ...process.env }
  delete env.ELECTRON_RUN_AS_NODE
  const result = spawnSync(process.execPath, ['-e', "process.stdout.write('\\n' + require('electron'))"], {
    cwd: root,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 10 * 60 * 1000,
  })
  const path = (result.stdout ?? '').trim().split('\n').pop()?.trim()
  if (result.status === 0 && path && existsSync(path)) return { path }
  const detail = (result.stderr ?? '')
    .split('\n')
    .find((line) => /Error:/.test(line))
    ?.trim()
  return { error: detail ?? (result.error ? result.error.message : `exit code ${result.status}`) }
}

function runElectron(binary) {
  const env = { ...process.env }
  delete env.ELECTRON_RUN_AS_NODE
  const child = spawn(binary, ['.', ...args.electronArgs], { cwd: root, stdio: 'inherit', env })
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    })
  }
  child.on('error', (error) => {
    console.error(`Could not start Electron (${binary}): ${error.message}`)
    process.exit(1)
  })
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)))
}

async function runWebEdition(reason) {
  console.error(
    '\nThe Electron runtime could not be downloaded: there is no connection to its download host' +
      (reason ? ` (${reason})` : '') +
      '. To run the desktop app, set ELECTRON_MIRROR to a reachable mirror, for example\n' +
      '  ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm start\n' +
      'or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an Electron 45 binary. ' +
      'Meanwhile the same briefing is served as the web edition; open the address below in a browser.\n',
  )
  const folder = outRenderer(root)
  if (!existsSync(join(folder, 'index.html'))) {
    console.error(`There is no built briefing in ${folder}; run npm run build first.`)
    process.exit(1)
  }
  const server = await serve({ root: folder })
  console.log(`Web edition: ${webUrl(server.url, args.web)}`)
  console.log('Press Ctrl+C to stop.')
  stopOnSignals(server)
}

for (const problem of args.problems) console.error(problem)
if (args.build) build()
console.error('Looking for the Electron runtime…')
const binary = electronBinary()
if (binary.path) runElectron(binary.path)
else await runWebEdition(binary.error)

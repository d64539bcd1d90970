// Command-line handling shared by start.mjs and web.mjs: which arguments go to Electron, and how the
// briefing flags map onto the web edition's URL. The flags are the app's own table
// (electron/main/cli.ts) and the URL is the contract's, loaded through jiti.
import { createJiti } from 'jiti'

const jiti = createJiti(import.meta.url)
const { appFlags, cliOptions, usage } = await jiti.import('../electron/main/cli.ts')
const { readTokens, scanFlags, switchFlag, valueFlag } = await jiti.import('../electron/main/flags.ts')
const { deckLangOf, rendererUrl } = await jiti.import('../src/contract/index.ts')

/** The flags that also describe the web edition's URL. */
const webFlags = new Set(['lang', 'slide', 'kiosk', 'dwell', 'idle', 'programme', 'report'])

const startFlags = { ...appFlags, 'no-build': switchFlag }

const port = valueFlag('expected a port number from 1 to 65535', (text) => {
  const n = /^\d{1,5}$/.test(text) ? Number(text) : NaN
  return n >= 1 && n <= 65535 ? { ok: true, value: n } : { ok: false, why: 'not a port number' }
})
const webServerFlags = { ...appFlags, port }

/** The web edition's place for the app's options: language, start slide, kiosk timing. */
function webLocation(options) {
  const location = {}
  if (options.lang !== undefined) Object.assign(location, deckLangOf(options.lang))
  if (options.slide !== undefined) location.slide = options.slide
  if (options.kiosk) {
    location.kiosk = {}
    if (options.dwell !== undefined) location.kiosk.dwellSeconds = options.dwell
    if (options.idle !== undefined) location.kiosk.idleSeconds = options.idle
  }
  return location
}

/**
 * `npm start -- ARGS`: `--no-build` is the script's own; everything else goes to Electron unchanged.
 * The same flags also describe the web edition's URL (lang, slide, kiosk, dwell, idle); `web` is
 * that URL's location (see webUrl).
 */
export function parseStartArgs(argv) {
  const tokens = scanFlags(argv, startFlags)
  const build = !tokens.some((t) => t.kind === 'flag' && t.name === 'no-build')
  const electronArgs = tokens.filter((t) => !(t.kind === 'flag' && t.name === 'no-build')).flatMap((t) => t.raw)
  const mapped = tokens.filter((t) => t.kind === 'flag' && webFlags.has(t.name))
  const { values, problems } = readTokens(mapped, appFlags, usage)
  const options = cliOptions(values)
  return {
    build,
    electronArgs,
    web: webLocation(options),
    ...(options.programme !== undefined && { programme: options.programme }),
    ...(options.report !== undefined && { report: options.report }),
    problems,
  }
}

/**
 * A programme file for the web edition: its text and name, or a problem. The renderer checks the
 * rest against the schema and the report and names every problem.
 */
export function readProgrammeFile(file, readText) {
  let text
  try {
    text = readText(file)
  } catch (error) {
    return { problem: `--programme=${file}: the file cannot be read (${error.code ?? error.message})` }
  }
  let raw
  try {
    raw = JSON.parse(text)
  } catch (error) {
    return { problem: `--programme=${file}: not valid JSON (${error.message})` }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { problem: `--programme=${file}: expected a JSON object (a visit programme)` }
  if (typeof raw.name !== 'string' || raw.name.trim() === '')
    return { problem: `--programme=${file}: programme.name: expected the programme's name as text` }
  return { text, name: raw.name.trim() }
}

/** The web edition's address for the parsed flags, on a server whose root URL is `base`. */
export function webUrl(base, web) {
  return rendererUrl(base, web)
}

/** `--port=N` for web.mjs: undefined for "any free port"; a message for anything but 1–65535. */
export function parsePort(argv) {
  const tokens = scanFlags(argv, webServerFlags).filter((t) => t.kind === 'flag' && t.name === 'port')
  const { values, problems } = readTokens(tokens, webServerFlags, usage)
  return problems.length ? { problem: problems[0] } : { port: values.port }
}

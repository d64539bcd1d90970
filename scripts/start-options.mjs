// Command-line handling shared by start.mjs and web.mjs: which arguments go to Electron, and how the
// briefing flags map onto the web edition's URL (DESIGN §3). `--flag=value` and `--flag value` both work.

const valueFlags = new Set([
  'lang',
  'slide',
  'display',
  'dwell',
  'idle',
  'export-pdf',
  'export-png',
  'handout',
  'port',
  'programme',
])
const langs = ['zh', 'en', 'bi']

function splitArgs(argv) {
  const items = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (!arg.startsWith('--')) {
      items.push({ arg, name: undefined, value: undefined, raw: [arg] })
      continue
    }
    const eq = arg.indexOf('=')
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
    let value = eq === -1 ? undefined : arg.slice(eq + 1)
    const raw = [arg]
    if (value === undefined && valueFlags.has(name) && argv[i + 1] !== undefined && !argv[i + 1].startsWith('-')) {
      value = argv[++i]
      raw.push(value)
    }
    items.push({ arg, name, value, raw })
  }
  return items
}

const positiveInteger = (v) => (/^[1-9]\d{0,5}$/.test(v ?? '') ? Number(v) : undefined)
const positiveSeconds = (v) =>
  /^\d+(\.\d+)?$/.test(v ?? '') && Number(v) > 0 && Number(v) <= 86400 ? Number(v) : undefined

/**
 * `npm start -- ARGS`: `--no-build` is the script's own; everything else goes to Electron unchanged.
 * The same flags also describe the web edition's URL (lang, slide, kiosk, dwell, idle).
 */
export function parseStartArgs(argv) {
  const electronArgs = []
  const query = new URLSearchParams()
  const problems = []
  let build = true
  let slide
  let kiosk = false
  let programme
  const kioskParams = {}
  for (const item of splitArgs(argv)) {
    if (item.name === 'no-build') {
      build = false
      continue
    }
    electronArgs.push(...item.raw)
    switch (item.name) {
      case 'lang':
        if (langs.includes(item.value)) query.set('lang', item.value)
        else problems.push(`--lang=${item.value ?? ''}: unknown language; expected one of zh, en, bi`)
        break
      case 'slide':
        slide = positiveInteger(item.value)
        if (slide === undefined)
          problems.push(
            `--slide=${item.value ?? ''}: not a positive whole number; expected a slide number (1, 2, 3, ...)`,
          )
        break
      case 'kiosk':
        kiosk = true
        break
      case 'programme':
        if (item.value) programme = item.value
        else problems.push('--programme: missing value; expected a programme file, e.g. --programme=visit.json')
        break
      case 'dwell':
      case 'idle': {
        const seconds = positiveSeconds(item.value)
        if (seconds === undefined)
          problems.push(`--${item.name}=${item.value ?? ''}: expected a positive number of seconds`)
        else kioskParams[item.name] = seconds
        break
      }
    }
  }
  if (kiosk) {
    query.set('kiosk', '1')
    for (const name of ['dwell', 'idle'])
      if (kioskParams[name] !== undefined) query.set(name, String(kioskParams[name]))
  }
  return {
    build,
    electronArgs,
    web: { query: query.toString(), hash: slide ? `#/${slide}` : '' },
    ...(programme !== undefined && { programme }),
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

/** The web query with the programme's name added. */
export function withProgramme(query, name) {
  const params = new URLSearchParams(query)
  params.set('programme', name)
  return params.toString()
}

/** The web edition's address for the parsed flags, on a server whose root URL is `base`. */
export function webUrl(base, web) {
  return `${base}${web.query ? `?${web.query}` : ''}${web.hash}`
}

/** `--port=N` for web.mjs: undefined for "any free port"; a message for anything but 1–65535. */
export function parsePort(argv) {
  for (const item of splitArgs(argv)) {
    if (item.name !== 'port') continue
    const port = /^\d{1,5}$/.test(item.value ?? '') ? Number(item.value) : NaN
    if (!(port >= 1 && port <= 65535))
      return { problem: `--port=${item.value ?? ''}: expected a port number from 1 to 65535` }
    return { port }
  }
  return { port: undefined }
}

// npm run audit:electron: electronegativity over the TypeScript sources (electron/) and over the
// built main + preload bundles, plus checks it cannot do itself. Fails on any HIGH or MEDIUM finding
// and on any finding not explained below.
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const scanTimeoutMs = 180_000

// Check id → why a LOW/INFORMATIONAL finding is acceptable. HIGH and MEDIUM always fail.
const explained = {
  // The CSP is sent by the app:// handler and session.webRequest from the constant in
  // src/contract/csp.ts; electronegativity only evaluates string literals, so it reports the
  // policy as unparsable. This script evaluates the real policy itself (cspCheck below).
  CSP_GLOBAL_CHECK: 'policy held in a constant; evaluated by this script with csp-evaluator instead',
}

/** The Electron version the app is built with: package.json's electron dependency, as x.y.z. */
export function electronVersionOf(pkg) {
  const spec = pkg.devDependencies?.electron ?? pkg.dependencies?.electron
  if (typeof spec !== 'string') throw new Error('package.json lists no electron dependency')
  const version = /^[~^=v]?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(spec.trim())?.[1]
  if (!version) throw new Error(`package.json: electron is "${spec}"; expected a version number such as 1.2.3`)
  return version
}

export function parseCsvLine(line) {
  const fields = []
  let field = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      fields.push(field)
      field = ''
    } else field += c
  }
  fields.push(field)
  return fields.map((f) => f.trim())
}

/** Rows of electronegativity's CSV as objects keyed by its header (issue, severity, confidence, filename, location, sample, description, url). */
export function parseReport(text) {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '')
  if (lines.length === 0) return []
  const header = parseCsvLine(lines[0]).map((h) => h.toLowerCase())
  for (const needed of ['issue', 'severity', 'filename', 'location']) {
    if (!header.includes(needed)) throw new Error(`unexpected report header: ${lines[0]}`)
  }
  return lines.slice(1).map((line) => {
    let fields = parseCsvLine(line)
    if (fields.length > header.length) {
      // An unescaped comma inside the code sample: keep the known columns on both sides.
      const sampleAt = header.indexOf('sample')
      const extra = fields.length - header.length
      fields = [
        ...fields.slice(0, sampleAt),
        fields.slice(sampleAt, sampleAt + extra + 1).join(','),
        ...fields.slice(sampleAt + extra + 1),
      ]
    }
    return Object.fromEntries(header.map((h, i) => [h, fields[i] ?? '']))
  })
}

function run(command, args, timeoutMs) {
  return new Promise((resolve) => {
    // electronegativity writes the CSV header and the rows with two concurrent fs.writeFile calls
    // (util/file.js); the header can land on top of the first row. One libuv thread keeps them in order.
    const env = { ...process.env, UV_THREADPOOL_SIZE: '1', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' }
    const child = spawn(command, args, {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, output })
    })
    child.on('error', (error) => {
      clearTimeout(timer)
      resolve({ code: null, signal: null, output: String(error) })
    })
  })
}

/** Files electronegativity could not parse (it skips them silently when writing a report). */
export function parseFailures(output) {
  return output
    .replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '')
    .split(/\r?\n/)
    .filter((line) => /^Error parsing /.test(line.trim()))
    .map((line) => line.trim())
}

async function scan(name, input, work, electronVersion) {
  const report = join(work, `${name.replace(/\W+/g, '-')}.csv`)
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
  const base = ['electronegativity', '-i', input, '-e', electronVersion]
  // The same scan without -o prints parse errors, which the report run keeps to itself.
  const [result, printed] = await Promise.all([
    run(npx, [...base, '-o', report, '-v', 'false'], scanTimeoutMs),
    run(npx, base, scanTimeoutMs),
  ])
  if (!existsSync(report)) {
    throw new Error(
      `${name}: electronegativity wrote no report (exit ${result.code ?? result.signal}).\n${result.output.slice(-2000)}`,
    )
  }
  const rows = parseReport(readFileSync(report, 'utf8')).map((row) => ({ scan: name, ...row }))
  return { rows, unparsed: parseFailures(printed.output) }
}

/** The CSP the app sends, read from src/contract/csp.ts, judged by csp-evaluator. */
function cspCheck() {
  const source = readFileSync(join(root, 'src/contract/csp.ts'), 'utf8')
  const directives = [...source.matchAll(/'([a-z-]+)':\s*"([^"]*)"/g)].map(([, name, value]) => `${name} ${value}`)
  if (directives.length === 0) return { ok: false, lines: ['could not read the directives in src/contract/csp.ts'] }
  const policy = directives.join('; ')
  const requireFromScanner = createRequire(
    createRequire(import.meta.url).resolve('@doyensec/electronegativity/package.json'),
  )
  const csp = requireFromScanner('@doyensec/csp-evaluator')
  const findings = new csp.CspEvaluator(new csp.CspParser(policy).csp, csp.Version.CSP3).evaluate()
  const failing = [csp.severities.HIGH, csp.severities.SYNTAX, csp.severities.MEDIUM]
  const lines = [`policy: ${policy}`]
  let ok = true
  for (const f of findings) {
    const bad = failing.includes(f.severity)
    ok &&= !bad
    // 'self' in script-src is only risky when the origin hosts JSONP or user uploads; app://briefing serves the build alone.
    lines.push(`${bad ? 'FAIL' : 'note'} ${f.directive}: ${f.description}`)
  }
  const page = join(root, 'out/renderer/index.html')
  if (existsSync(page)) {
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(readFileSync(page, 'utf8'))?.[1]
    if (meta !== policy) {
      ok = false
      lines.push(`FAIL out/renderer/index.html carries ${meta ? `a different policy: ${meta}` : 'no CSP meta tag'}`)
    } else lines.push('out/renderer/index.html carries the same policy')
  }
  return { ok, lines }
}

/** A sandboxed preload can only require('electron'); anything else would fail at run time. */
function preloadCheck() {
  const bundle = readFileSync(join(root, 'out/preload/index.cjs'), 'utf8')
  const required = [...bundle.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1])
  const foreign = required.filter((r) => r !== 'electron')
  const imports = /^\s*import\s/m.test(bundle)
  return {
    ok: foreign.length === 0 && !imports,
    lines: [
      `out/preload/index.cjs requires: ${[...new Set(required)].join(', ') || 'nothing'}${imports ? '; has ES imports' : ''}`,
    ],
  }
}

function table(rows) {
  const columns = ['scan', 'severity', 'confidence', 'issue', 'where', 'verdict']
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)))
  const line = (r) => columns.map((c, i) => String(r[c]).padEnd(widths[i])).join('  ')
  return [
    line(Object.fromEntries(columns.map((c) => [c, c]))),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
  ].join('\n')
}

async function main() {
  for (const file of ['out/main/index.js', 'out/preload/index.cjs']) {
    if (!existsSync(join(root, file))) {
      console.error(`${file} is missing; build first (npx electron-vite build).`)
      process.exit(1)
    }
  }
  const electronVersion = electronVersionOf(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')))
  const work = mkdtempSync(join(tmpdir(), 'audit-electron-'))
  try {
    const built = join(work, 'built')
    cpSync(join(root, 'out/main'), join(built, 'main'), { recursive: true })
    cpSync(join(root, 'out/preload'), join(built, 'preload'), { recursive: true })
    console.log(
      `electronegativity ${electronVersion} over electron/ and over out/main + out/preload (it tries the network for a few seconds)…`,
    )
    // One at a time: two concurrent runs garble each other's report.
    const sources = await scan('sources', join(root, 'electron'), work, electronVersion)
    const bundles = await scan('built', built, work, electronVersion)
    let failed = false
    const rows = [...sources.rows, ...bundles.rows].map((f) => {
      const severity = f.severity.toUpperCase()
      const known = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'].includes(severity) && /^[A-Z_]+$/.test(f.issue)
      const serious = severity === 'HIGH' || severity === 'MEDIUM'
      const why = explained[f.issue]
      const verdict = !known
        ? 'FAIL (unreadable report row)'
        : serious
          ? 'FAIL (high/medium)'
          : why
            ? `ok: ${why}`
            : 'FAIL (not explained)'
      if (!known || serious || !why) failed = true
      const file = f.filename.startsWith(work)
        ? relative(work, f.filename)
        : f.filename.startsWith(root)
          ? relative(root, f.filename)
          : f.filename
      return {
        scan: f.scan,
        severity,
        confidence: f.confidence,
        issue: f.issue,
        where: `${file}:${f.location}`,
        verdict,
      }
    })
    console.log(rows.length ? table(rows) : 'no findings')
    for (const line of [...sources.unparsed, ...bundles.unparsed]) {
      console.log(`FAIL (not scanned) ${line}`)
      failed = true
    }
    for (const [name, check] of [
      ['CSP', cspCheck()],
      ['preload', preloadCheck()],
    ]) {
      console.log(`\n${name} check: ${check.ok ? 'ok' : 'FAIL'}`)
      for (const l of check.lines) console.log(`  ${l}`)
      if (!check.ok) failed = true
    }
    console.log(failed ? '\naudit:electron FAILED' : '\naudit:electron passed')
    process.exitCode = failed ? 1 : 0
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(`audit:electron could not run: ${error.message}`)
    process.exit(1)
  })
}

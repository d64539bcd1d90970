// The app's command line. Values may be written `--lang=en` or `--lang en`; flags without a value
// (`--kiosk`) take none. Switches that belong to Chromium, Electron or Node are left to them.
import {
  handoutVariants,
  parseScenes,
  scenesExpected,
  startLanguages,
  timing,
  type HandoutVariant,
  type Settings,
  type StartLang,
} from '../../src/contract'

export interface CliOptions {
  kiosk: boolean
  presenter: boolean
  /** Open the results dashboard instead of the slides. */
  dashboard?: boolean
  /** The kiosk's scenes, as text (`tour:zh, dashboard, tour:en`). */
  scenes?: string
  /** Ask for the kiosk exit PIN in the terminal, store its hash and exit. */
  setKioskPin: boolean
  dev: boolean
  lang?: StartLang
  /** 1-based slide to open. */
  slide?: number
  /** 1-based display index for the audience window. */
  display?: number
  dwell?: number
  idle?: number
  exportPdf?: string
  exportPng?: string
  handout?: HandoutVariant
}

export interface ParsedArgs {
  options: CliOptions
  problems: string[]
}

type ValueFlag = 'lang' | 'slide' | 'display' | 'dwell' | 'idle' | 'scenes' | 'export-pdf' | 'export-png' | 'handout'
type BooleanFlag = 'kiosk' | 'presenter' | 'dashboard' | 'dev' | 'set-kiosk-pin'

const booleanFlags: Record<BooleanFlag, keyof CliOptions> = {
  kiosk: 'kiosk',
  presenter: 'presenter',
  dashboard: 'dashboard',
  dev: 'dev',
  'set-kiosk-pin': 'setKioskPin',
}

const valueHints: Record<ValueFlag, string> = {
  lang: 'expected one of zh, en, bi',
  slide: 'expected a slide number (1, 2, 3, ...)',
  display: 'expected a display number (1 = the first display)',
  dwell: 'expected a positive number of seconds',
  idle: 'expected a positive number of seconds',
  scenes: `expected ${scenesExpected}`,
  'export-pdf': 'expected a file name, e.g. --export-pdf=briefing.pdf',
  'export-png': 'expected a folder, e.g. --export-png=slides',
  handout: 'expected one of slides, notes, bilingual',
}

export const usage =
  'options: --kiosk, --lang=zh|en|bi, --slide=N, --display=N, --dwell=S, --idle=S, --scenes=LIST, --dashboard, ' +
  '--export-pdf=FILE, --export-png=DIR, --handout=slides|notes|bilingual, --presenter, --set-kiosk-pin, --dev'

// Chromium, Electron and Node switches that may appear in process.argv. Exact names, then families.
const foreignExact = new Set([
  'no-sandbox',
  'no-zygote',
  'enable-logging',
  'allow-file-access-from-files',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-allow-origins',
  'v',
  'vmodule',
  'js-flags',
  'user-data-dir',
  'in-process-gpu',
  'headless',
  'type',
  'field-trial-handle',
  'autoplay-policy',
  'password-store',
  'gtk-version',
  'high-dpi-support',
  'original-process-start-time',
  'ozone-platform',
  'ozone-platform-hint',
  'wm-window-animations-disabled',
  'updated',
  'app-user-model-id',
  'trace-warnings',
])
const foreignPrefixes = [
  'enable-',
  'disable-',
  'no-',
  'use-',
  'force-',
  'ignore-',
  'inspect-',
  'remote-debugging-',
  'proxy-',
  'host-',
  'log-',
  'trace-',
  'squirrel-',
  'auth-',
  'ozone-',
  'gpu-',
  'renderer-',
  'unsafely-',
  'js-',
  'disk-cache-',
  'throw-',
  'abort-',
  'max-',
  'field-trial',
  'allow-',
]

/** True for a switch that belongs to Chromium/Electron/Node rather than to this app. */
export function isForeignSwitch(arg: string): boolean {
  if (/^-psn_/.test(arg)) return true // macOS process serial number from the Finder
  if (!arg.startsWith('--')) return false
  const name = arg.slice(2).split('=')[0] ?? ''
  if (name in booleanFlags || name in valueHints) return false
  return foreignExact.has(name) || foreignPrefixes.some((prefix) => name.startsWith(prefix))
}

/**
 * The part of process.argv addressed to the app. Packaged: everything after the executable.
 * Unpackaged (`electron [switches] <app> [args]`, process.defaultApp): everything after the app path.
 */
export function appArgv(argv: readonly string[], defaultApp: boolean): string[] {
  if (!defaultApp) return argv.slice(1)
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (!arg.startsWith('-')) return argv.slice(i + 1)
  }
  return []
}

function positiveInteger(value: string): number | undefined {
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : undefined
}

function positiveSeconds(value: string): number | undefined {
  if (!/^\d+(\.\d+)?$/.test(value)) return undefined
  const seconds = Number(value)
  return seconds > 0 && seconds <= timing.maxSeconds ? seconds : undefined
}

function applyValue(options: CliOptions, flag: ValueFlag, value: string): string | null {
  const bad = (why: string) => `--${flag}=${value}: ${why}; ${valueHints[flag]}`
  switch (flag) {
    case 'lang':
      if (!(startLanguages as readonly string[]).includes(value)) return bad('unknown language')
      options.lang = value as StartLang
      return null
    case 'handout':
      if (!(handoutVariants as readonly string[]).includes(value)) return bad('unknown handout variant')
      options.handout = value as HandoutVariant
      return null
    case 'slide':
    case 'display': {
      const n = positiveInteger(value)
      if (n === undefined) return bad('not a positive whole number')
      options[flag] = n
      return null
    }
    case 'dwell':
    case 'idle': {
      const s = positiveSeconds(value)
      if (s === undefined) return bad(`not a number of seconds between 0 and ${timing.maxSeconds}`)
      options[flag] = s
      return null
    }
    case 'scenes': {
      const parsed = parseScenes(value)
      if (!parsed.ok) return bad(parsed.problem)
      options.scenes = value
      return null
    }
    case 'export-pdf':
    case 'export-png':
      if (value.trim() === '' || value.includes('\0')) return bad('empty path')
      if (flag === 'export-pdf') options.exportPdf = value
      else options.exportPng = value
      return null
  }
}

/** Parses the app's own arguments (see appArgv). Bad or unknown ones become problems; the option keeps its default. */
export function parseArgs(args: readonly string[]): ParsedArgs {
  const options: CliOptions = { kiosk: false, presenter: false, dev: false, setKioskPin: false }
  const problems: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    if (arg === '' || arg === '--' || isForeignSwitch(arg)) continue
    if (!arg.startsWith('--')) {
      problems.push(`${arg}: unexpected argument; ${usage}`)
      continue
    }
    const eq = arg.indexOf('=')
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
    const inline = eq === -1 ? undefined : arg.slice(eq + 1)
    if (name in booleanFlags) {
      if (inline !== undefined) problems.push(`${arg}: --${name} takes no value; write just --${name}`)
      else (options[booleanFlags[name as BooleanFlag]] as boolean) = true
      continue
    }
    if (name in valueHints) {
      const flag = name as ValueFlag
      let value = inline
      if (value === undefined) {
        const next = args[i + 1]
        if (next !== undefined && !next.startsWith('-')) {
          value = next
          i++
        }
      }
      if (value === undefined || value === '') {
        problems.push(`--${flag}: missing value; ${valueHints[flag]}`)
        continue
      }
      const problem = applyValue(options, flag, value)
      if (problem) problems.push(problem)
      continue
    }
    problems.push(`--${name}: unknown option; ${usage}`)
  }
  return { options, problems }
}

/** Kiosk mode was asked for, by the command line or the settings. */
export function kioskRequested(options: CliOptions, settings: Settings): boolean {
  return !isExport(options) && (options.kiosk || settings.kiosk.enabled)
}

/** Kiosk mode runs only when asked for and an exit PIN is set: there is no default PIN. */
export function kioskEnabled(options: CliOptions, settings: Settings): boolean {
  return kioskRequested(options, settings) && settings.kiosk.pinHash !== undefined
}

export const noKioskPinMessage =
  'Kiosk mode needs an exit PIN and none is set, so the briefing starts as the normal audience view. ' +
  'Set one with --set-kiosk-pin (it asks for 6 to 12 digits in the terminal), then start with --kiosk again.'

export function isExport(options: CliOptions): boolean {
  return options.exportPdf !== undefined || options.exportPng !== undefined
}

export function isDevelopment(options: CliOptions, packaged: boolean, rendererDevUrl: string | undefined): boolean {
  return !packaged && (options.dev || Boolean(rendererDevUrl))
}

/** The language the renderer starts in: the command line first, then the saved settings. */
export function startLang(options: CliOptions, settings: Settings): StartLang {
  return options.lang ?? (settings.bilingual ? 'bi' : settings.lang)
}

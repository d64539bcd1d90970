// The app's command line (see flags.ts). Switches that belong to Chromium, Electron or Node are left to them.
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
import {
  choice,
  path,
  positiveInteger,
  readFlags,
  seconds,
  switchFlag,
  valueFlag,
  type FlagTable,
  type FlagValue,
} from './flags'

export interface CliOptions {
  kiosk: boolean
  presenter: boolean
  dev: boolean
  /** Ask for the kiosk exit PIN in the terminal, store its hash and exit. */
  setKioskPin: boolean
  /** Open the results dashboard instead of the slides. */
  dashboard?: boolean
  /** The kiosk's scenes, as text (`tour:zh, dashboard, tour:en`). */
  scenes?: string
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
  /** A programme file or the name of a saved programme. */
  programme?: string
  /** The folder of a report pack to show instead of the bundled report. */
  report?: string
}

export interface ParsedArgs {
  options: CliOptions
  problems: string[]
}

/** The app's flags. `npm start` and `npm run web` read the same table (see scripts/start-options.mjs). */
export const appFlags = {
  kiosk: switchFlag,
  presenter: switchFlag,
  dev: switchFlag,
  'set-kiosk-pin': switchFlag,
  dashboard: switchFlag,
  scenes: valueFlag(`expected ${scenesExpected}`, (text) => {
    const parsed = parseScenes(text)
    return parsed.ok ? { ok: true, value: text } : { ok: false, why: parsed.problem }
  }),
  lang: valueFlag(`expected one of ${startLanguages.join(', ')}`, choice(startLanguages, 'unknown language')),
  slide: valueFlag('expected a slide number (1, 2, 3, ...)', positiveInteger),
  display: valueFlag('expected a display number (1 = the first display)', positiveInteger),
  dwell: valueFlag('expected a positive number of seconds', seconds(timing.maxSeconds)),
  idle: valueFlag('expected a positive number of seconds', seconds(timing.maxSeconds)),
  'export-pdf': valueFlag('expected a file name, e.g. --export-pdf=briefing.pdf', path),
  'export-png': valueFlag('expected a folder, e.g. --export-png=slides', path),
  programme: valueFlag('expected a programme file (visit.json) or the name of a saved programme', (text) =>
    text.length > 4096 ? { ok: false, why: 'too long' } : path(text),
  ),
  report: valueFlag('expected the folder of a report pack, e.g. --report=reports/2017', path),
  handout: valueFlag(
    `expected one of ${handoutVariants.join(', ')}`,
    choice(handoutVariants, 'unknown handout variant'),
  ),
} satisfies FlagTable

export const usage =
  `options: --kiosk, --lang=${startLanguages.join('|')}, --slide=N, --display=N, --dwell=S, --idle=S, --scenes=LIST, --dashboard, ` +
  `--export-pdf=FILE, --export-png=DIR, --handout=${handoutVariants.join('|')}, --programme=FILE|NAME, --report=DIR, --presenter, --set-kiosk-pin, --dev`

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
  if (Object.hasOwn(appFlags, name)) return false
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

/** Parses the app's own arguments (see appArgv). Bad or unknown ones become problems; the option keeps its default. */
export function parseArgs(args: readonly string[]): ParsedArgs {
  const skip = (arg: string) => arg === '' || arg === '--' || isForeignSwitch(arg)
  const { values, problems } = readFlags(args, appFlags, { skip, usage })
  return { options: cliOptions(values), problems }
}

/** The options a table's values stand for. */
export function cliOptions(values: Record<string, unknown>): CliOptions {
  const v = values as Partial<{ [K in keyof typeof appFlags]: FlagValue<(typeof appFlags)[K]> }>
  const options: CliOptions = {
    kiosk: v.kiosk ?? false,
    presenter: v.presenter ?? false,
    dev: v.dev ?? false,
    setKioskPin: v['set-kiosk-pin'] ?? false,
  }
  if (v.lang !== undefined) options.lang = v.lang
  if (v.slide !== undefined) options.slide = v.slide
  if (v.display !== undefined) options.display = v.display
  if (v.dwell !== undefined) options.dwell = v.dwell
  if (v.idle !== undefined) options.idle = v.idle
  if (v['export-pdf'] !== undefined) options.exportPdf = v['export-pdf']
  if (v['export-png'] !== undefined) options.exportPng = v['export-png']
  if (v.handout !== undefined) options.handout = v.handout
  if (v.programme !== undefined) options.programme = v.programme
  if (v.report !== undefined) options.report = v.report
  if (v.dashboard) options.dashboard = true
  if (v.scenes !== undefined) options.scenes = v.scenes
  return options
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

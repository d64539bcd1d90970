// Command-line switches a packaged build refuses to start with: each one opens the app to a
// debugger, runs another program, or turns off the sandbox or the same-origin policy. Development
// runs (`npm start`, the Electron test driver) keep them.

// Exact switch names, then name families (`inspect` covers --inspect-brk, --inspect-port, ...).
const refusedNames = new Set([
  'js-flags',
  'no-sandbox',
  'disable-gpu-sandbox',
  'single-process',
  'disable-web-security',
  'disable-site-isolation-trials',
  'allow-file-access-from-files',
  'allow-running-insecure-content',
  'unsafely-treat-insecure-origin-as-secure',
  'renderer-cmd-prefix',
  'gpu-launcher',
  'utility-cmd-prefix',
])
const refusedFamilies = ['remote-debugging-', 'remote-allow-origins', 'inspect']
// --enable-logging stays allowed: it only writes Chromium's own log, which is what a user is asked
// for when reporting a problem.

export interface RefusedSwitches {
  /** The switches as given, e.g. `--remote-debugging-port=9222`. */
  switches: string[]
  message: string
}

function switchName(arg: string, platform: string): string | null {
  // Chromium reads `--name`, `-name` and, on Windows, `/name`; on Windows names are case-insensitive.
  const prefix = /^--?/.exec(arg)?.[0] ?? (platform === 'win32' && arg.startsWith('/') ? '/' : '')
  if (!prefix || arg.length === prefix.length) return null
  const name = arg.slice(prefix.length).split('=')[0] ?? ''
  return name.toLowerCase()
}

function refused(name: string): boolean {
  return refusedNames.has(name) || refusedFamilies.some((family) => name.startsWith(family))
}

/**
 * The switches in `argv` (all of process.argv) a packaged build must not run with, and the message
 * to show; null when there are none or the app is not packaged.
 */
export function refusedLaunchSwitches(
  argv: readonly string[],
  isPackaged: boolean,
  platform: string = process.platform,
): RefusedSwitches | null {
  if (!isPackaged) return null
  const switches = argv.slice(1).filter((arg) => {
    const name = switchName(arg, platform)
    return name !== null && refused(name)
  })
  if (switches.length === 0) return null
  const list = switches.map((s) => (s.length > 80 ? `${s.slice(0, 80)}…` : s)).join(', ')
  return {
    switches,
    message:
      `The briefing will not start with ${list}: ${switches.length === 1 ? 'this switch opens' : 'these switches open'} ` +
      'the app to a debugger or other programs, or turn off its sandbox. Start it again without ' +
      `${switches.length === 1 ? 'it' : 'them'}. 简报程序拒绝在这些启动参数下运行，请去掉后重新启动。`,
  }
}

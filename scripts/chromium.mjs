// Debian's Chromium as every script and end-to-end test here launches it: headless, and quiet on
// the network (without these switches Chromium keeps calling Google's services).
import { chromium } from 'playwright-core'

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/** Launches headless Chromium; `extraArgs` adds switches such as `--js-flags=--expose-gc`. */
export function launchChromium(extraArgs = []) {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs, ...extraArgs] })
}

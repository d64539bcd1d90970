import { describe, expect, it } from 'vitest'
import { refusedLaunchSwitches } from '../../../electron/main/launch-switches'

const exe = '/opt/Wuhai PSB 2016 Briefing/wuhai-briefing'

describe('refusedLaunchSwitches', () => {
  it.each([
    '--remote-debugging-port=9222',
    '--remote-debugging-pipe',
    '--remote-debugging-address=0.0.0.0',
    '--remote-allow-origins=*',
    '--inspect',
    '--inspect=9229',
    '--inspect-brk',
    '--inspect-brk=0.0.0.0:9229',
    '--inspect-port=9229',
    '--js-flags=--allow-natives-syntax',
    '--no-sandbox',
    '--disable-gpu-sandbox',
    '--single-process',
    '--disable-web-security',
    '--disable-site-isolation-trials',
    '--allow-file-access-from-files',
    '--allow-running-insecure-content',
    '--unsafely-treat-insecure-origin-as-secure=http://evil.example',
    '--renderer-cmd-prefix=/tmp/x.sh',
    '--gpu-launcher=/tmp/x.sh',
    '--utility-cmd-prefix=/tmp/x.sh',
    '-remote-debugging-port=9222',
    '--No-Sandbox',
  ])('a packaged build refuses %s', (arg) => {
    const result = refusedLaunchSwitches([exe, '--lang=en', arg], true, 'linux')
    expect(result?.switches).toEqual([arg])
    expect(result?.message).toContain(arg)
  })

  it('names every offending switch once, in order, and says to start without them', () => {
    const result = refusedLaunchSwitches(
      [exe, '--no-sandbox', '--kiosk', '--remote-debugging-port=9222', '--disable-gpu'],
      true,
      'linux',
    )
    expect(result?.switches).toEqual(['--no-sandbox', '--remote-debugging-port=9222'])
    expect(result?.message).toMatch(/--no-sandbox, --remote-debugging-port=9222: these switches/)
    expect(result?.message).toContain('Start it again without them')
  })

  it('reads /switch as a switch on Windows only, as Chromium does', () => {
    const argv = ['C:\\Program Files\\Briefing\\briefing.exe', '/remote-debugging-port=9222']
    expect(refusedLaunchSwitches(argv, true, 'win32')?.switches).toEqual(['/remote-debugging-port=9222'])
    expect(refusedLaunchSwitches(argv, true, 'linux')).toBeNull()
  })

  it('lets the app flags and harmless Chromium switches through', () => {
    const argv = [
      exe,
      '--kiosk',
      '--lang=bi',
      '--display=2',
      '--export-pdf=/tmp/no-sandbox.pdf',
      '--disable-gpu',
      '--enable-logging',
      '--ozone-platform=wayland',
      '-psn_0_12345',
    ]
    expect(refusedLaunchSwitches(argv, true, 'linux')).toBeNull()
  })

  it('does not read the executable path as a switch', () => {
    expect(refusedLaunchSwitches(['--no-sandbox'], true, 'linux')).toBeNull()
  })

  it('development runs keep every switch (the test driver needs --inspect and --remote-debugging-port)', () => {
    expect(
      refusedLaunchSwitches(['/x/electron', '--inspect=0', '--remote-debugging-port=0', '.'], false, 'linux'),
    ).toBeNull()
  })

  it('shortens an overlong switch in the message', () => {
    const long = `--js-flags=${'x'.repeat(500)}`
    const result = refusedLaunchSwitches([exe, long], true, 'linux')
    expect(result?.switches).toEqual([long])
    expect(result!.message.length).toBeLessThan(400)
  })
})

import { describe, expect, it } from 'vitest'
import { appFlags, isForeignSwitch, parseArgs, usage } from '../../../electron/main/cli'
import {
  choice,
  count,
  positiveInteger,
  readFlags,
  scanFlags,
  seconds,
  switchFlag,
  valueFlag,
  type FlagTable,
} from '../../../electron/main/flags'
import { handoutVariants, startLanguages } from '../../../src/contract'

const table = {
  loud: switchFlag,
  colour: valueFlag('expected one of red, blue', choice(['red', 'blue'], 'unknown colour')),
  count: valueFlag('expected a count', positiveInteger),
} satisfies FlagTable

describe('scanFlags (node:util parseArgs over a table)', () => {
  it('reads --flag=value and --flag value alike, keeping the words as written', () => {
    expect(scanFlags(['--colour=red', '--count', '3', '--loud'], table)).toEqual([
      { kind: 'flag', name: 'colour', value: 'red', raw: ['--colour=red'] },
      { kind: 'flag', name: 'count', value: '3', raw: ['--count', '3'] },
      { kind: 'flag', name: 'loud', value: undefined, raw: ['--loud'] },
    ])
  })

  it('never takes a dash-led word as a value', () => {
    expect(scanFlags(['--colour', '--loud', '--count', '-2'], table)).toEqual([
      { kind: 'flag', name: 'colour', value: '', raw: ['--colour'] },
      { kind: 'flag', name: 'loud', value: undefined, raw: ['--loud'] },
      { kind: 'flag', name: 'count', value: '', raw: ['--count'] },
      { kind: 'argument', arg: '-2', raw: ['-2'] },
    ])
  })

  it('tells unknown flags and stray words apart, one token per word', () => {
    expect(scanFlags(['--size=4', 'word', '-abc', '--', 'after'], table)).toEqual([
      { kind: 'unknown', name: 'size', value: '4', raw: ['--size=4'] },
      { kind: 'argument', arg: 'word', raw: ['word'] },
      { kind: 'argument', arg: '-abc', raw: ['-abc'] },
      { kind: 'argument', arg: '--', raw: ['--'] },
      { kind: 'argument', arg: 'after', raw: ['after'] },
    ])
  })

  it('passes over what `skip` claims, even between a flag and its value', () => {
    const skip = (arg: string) => arg.startsWith('--enable-')
    expect(scanFlags(['--enable-logging', '--colour', 'blue'], table, skip)).toEqual([
      { kind: 'flag', name: 'colour', value: 'blue', raw: ['--colour', 'blue'] },
    ])
  })
})

describe('readFlags', () => {
  const read = (...argv: string[]) => readFlags(argv, table, { usage: 'options: --loud, --colour, --count' })

  it('a bad value names the flag, the value and what is accepted', () => {
    expect(read('--colour=green').problems).toEqual(['--colour=green: unknown colour; expected one of red, blue'])
    expect(read('--count=0').problems).toEqual(['--count=0: not a positive whole number; expected a count'])
  })

  it('an unknown flag or stray word names itself and the usage; the rest is still read', () => {
    const { values, problems } = read('--size=4', 'word', '--count=2')
    expect(values).toEqual({ count: 2 })
    expect(problems).toEqual([
      '--size: unknown option; options: --loud, --colour, --count',
      'word: unexpected argument; options: --loud, --colour, --count',
    ])
  })

  it('a switch takes no value; a value flag needs one', () => {
    expect(read('--loud=yes').problems).toEqual(['--loud=yes: --loud takes no value; write just --loud'])
    expect(read('--colour').problems).toEqual(['--colour: missing value; expected one of red, blue'])
  })

  it('count: 0 and up, whole numbers only', () => {
    expect(count('0')).toEqual({ ok: true, value: 0 })
    expect(count('12')).toEqual({ ok: true, value: 12 })
    for (const bad of ['-1', '1.5', '01', '']) expect(count(bad).ok, bad).toBe(false)
  })

  it('seconds: digits only, above zero, up to the limit', () => {
    const s = seconds(60)
    expect(s('7.5')).toEqual({ ok: true, value: 7.5 })
    for (const bad of ['0', '61', '1e1', '-1', ' 5', 'x']) expect(s(bad).ok, bad).toBe(false)
  })
})

describe("the app's table", () => {
  it('states the accepted values from the contract', () => {
    expect(appFlags.lang.hint).toBe(`expected one of ${startLanguages.join(', ')}`)
    expect(appFlags.handout.hint).toBe(`expected one of ${handoutVariants.join(', ')}`)
    expect(usage).toContain(`--handout=${handoutVariants.join('|')}`)
  })

  it('passes over Chromium switches wherever they stand', () => {
    const { options, problems } = parseArgs(['--no-sandbox', '--lang', 'en', '--disable-gpu', '--slide=2', '-psn_0_1'])
    expect(problems).toEqual([])
    expect(options).toMatchObject({ lang: 'en', slide: 2 })
    expect(isForeignSwitch('--disable-gpu')).toBe(true)
    expect(isForeignSwitch('--dwell=3')).toBe(false)
  })
})

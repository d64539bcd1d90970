import { describe, expect, it } from 'vitest'
import { commandFor, helpRows, shortcuts, type Command } from '../../../src/input/shortcuts'

const press = (
  key: string,
  mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {},
) => commandFor({ key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods })

describe('shortcut table', () => {
  it.each<[string, Command]>([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['n', 'next'],
    ['N', 'next'],
    ['Enter', 'next'],
    ['ArrowLeft', 'prev'],
    ['ArrowUp', 'prev'],
    ['PageUp', 'prev'],
    ['p', 'prev'],
    ['Backspace', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'overview'],
    ['o', 'overview'],
    ['b', 'black'],
    ['.', 'black'],
    ['w', 'white'],
    [',', 'white'],
    ['l', 'language'],
    ['s', 'presenter'],
    ['f', 'fullscreen'],
    ['t', 'theme'],
    ['T', 'theme'],
    ['F5', 'start-from-beginning'],
    ['?', 'help'],
    ['h', 'help'],
  ])('%j → %s', (key, command) => {
    expect(press(key)).toBe(command)
  })

  it('tells Shift+L (bilingual) and Shift+F5 (from the current slide) apart', () => {
    expect(press('L', { shiftKey: true })).toBe('bilingual')
    expect(press('F5', { shiftKey: true })).toBe('start-from-here')
    expect(press('?', { shiftKey: true })).toBe('help')
  })

  it('knows the Ctrl rows: Ctrl+F searches, Ctrl+L is the laser pointer (as in PowerPoint)', () => {
    expect(press('f', { ctrlKey: true })).toBe('search')
    expect(press('f', { metaKey: true })).toBe('search')
    expect(press('l', { ctrlKey: true })).toBe('laser')
    expect(press('f')).toBe('fullscreen')
    expect(press('l', { ctrlKey: true, altKey: true })).toBeNull()
  })

  it('leaves Ctrl, Cmd and Alt combinations and unknown keys alone', () => {
    expect(press('k', { ctrlKey: true })).toBeNull()
    expect(press('n', { ctrlKey: true })).toBeNull()
    expect(press('ArrowRight', { altKey: true })).toBeNull()
    expect(press('r', { metaKey: true })).toBeNull()
    expect(press('q')).toBeNull()
    expect(press('F6')).toBeNull()
  })

  it('maps each key to one command only', () => {
    const seen = new Map<string, string>()
    for (const row of shortcuts)
      for (const key of row.keys) {
        const id = `${row.ctrl ? 'Ctrl+' : ''}${key}/${row.shift ?? 'any'}`
        expect(seen.get(id), `${id} is listed twice`).toBeUndefined()
        seen.set(id, row.command)
      }
  })

  it('has a help row for every command, each with its keys', () => {
    const rows = helpRows()
    const described = new Set(rows.map((r) => r.help))
    for (const row of shortcuts) expect(described.has(row.help)).toBe(true)
    expect(rows.find((r) => r.help === 'black')?.labels).toEqual(['B .', 'W ,'])
  })
})

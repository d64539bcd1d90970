import { describe, expect, it } from 'vitest'
import { initialTheme, slideTheme } from '../../../src/styles/theme.svelte'

describe('slide theme', () => {
  it('prints light whatever was asked or remembered', () => {
    expect(initialTheme({ print: true, requested: 'dark', stored: 'dark', kiosk: true })).toBe('light')
  })

  it('takes ?theme= over the kiosk default and the remembered theme', () => {
    expect(initialTheme({ requested: 'light', kiosk: true, stored: 'dark' })).toBe('light')
    expect(initialTheme({ requested: 'dark', stored: 'light' })).toBe('dark')
  })

  it('starts a kiosk dark, and otherwise from the remembered theme, light when there is none', () => {
    expect(initialTheme({ kiosk: true, stored: 'light' })).toBe('dark')
    expect(initialTheme({ stored: 'dark' })).toBe('dark')
    expect(initialTheme({})).toBe('light')
  })

  it('toggles between the two themes', () => {
    slideTheme.set('light')
    slideTheme.toggle()
    expect(slideTheme.current).toBe('dark')
    slideTheme.toggle()
    expect(slideTheme.current).toBe('light')
  })
})

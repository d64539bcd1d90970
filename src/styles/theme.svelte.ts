// The slides' theme for this window: light (projectors in bright rooms) or dark (LED walls, dark
// halls, kiosks). Charts read it to colour themselves; the T key, the menu and `?theme=` set it.
import type { ThemeName } from './palette'

export interface ThemeChoice {
  /** `?theme=` or the desktop app's `--theme=`. */
  requested?: ThemeName
  /** The theme remembered in the settings. */
  stored?: ThemeName
  kiosk?: boolean
  print?: boolean
}

/** Print is always light; an explicit request wins; a kiosk starts dark; otherwise what was remembered. */
export function initialTheme(choice: ThemeChoice): ThemeName {
  if (choice.print) return 'light'
  if (choice.requested) return choice.requested
  if (choice.kiosk) return 'dark'
  return choice.stored ?? 'light'
}

class ThemeState {
  current = $state<ThemeName>('light')

  set(theme: ThemeName): void {
    this.current = theme
  }

  toggle(): void {
    this.current = this.current === 'light' ? 'dark' : 'light'
  }
}

export const slideTheme = new ThemeState()

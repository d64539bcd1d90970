import { fontFamilies, palette, themes, type ThemeName } from './palette'

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/** Publishes the palette as CSS custom properties (--navy, --on-navy-muted, --font-zh, --font-en ...). */
export function applyPalette(root: HTMLElement): void {
  for (const [name, value] of Object.entries(palette))
    if (typeof value === 'string') root.style.setProperty(`--${kebab(name)}`, value)
  root.style.setProperty('--font', fontFamilies.zh)
  root.style.setProperty('--font-zh', fontFamilies.zh)
  root.style.setProperty('--font-en', fontFamilies.en)
  applyTheme(root, 'light')
}

/**
 * Publishes a theme for the slides as --slide-* properties (--slide-paper, --slide-heading ...)
 * and as `data-theme` on the root. The app's chrome keeps the plain names, which stay light.
 */
export function applyTheme(root: HTMLElement, theme: ThemeName): void {
  for (const [name, value] of Object.entries(themes[theme]))
    if (typeof value === 'string') root.style.setProperty(`--slide-${kebab(name)}`, value)
  root.dataset.theme = theme
}

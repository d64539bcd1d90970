import { fontFamilies, palette } from './palette'

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/** Publishes the palette as CSS custom properties (--navy, --on-navy-muted, --font-zh, --font-en ...). */
export function applyPalette(root: HTMLElement): void {
  for (const [name, value] of Object.entries(palette))
    if (typeof value === 'string') root.style.setProperty(`--${kebab(name)}`, value)
  root.style.setProperty('--font', fontFamilies.zh)
  root.style.setProperty('--font-zh', fontFamilies.zh)
  root.style.setProperty('--font-en', fontFamilies.en)
}

// One palette per theme for slides, charts and chrome. Text pairs are checked for at least 7:1
// contrast (projectors and LED walls wash colours out), and chart series differ in lightness so
// they survive greyscale and red-green colour blindness. Both themes have the same roles, so
// every layout and chart works in either.

/** The light theme, for projectors in bright rooms; also print and the app's chrome. */
export const palette = {
  /** Deep police blue: headings, numbers, the main chart series on white. */
  navy: '#0A2A5E',
  navyDeep: '#061B3F',
  /** Body text on white. */
  ink: '#0B1F3A',
  /** Secondary text on white (captions, labels). */
  muted: '#3A4A63',
  paper: '#FFFFFF',
  /** Tile and panel backgrounds on white slides. */
  mist: '#EDF2F9',
  rule: '#C5D2E6',
  /** The one accent: badge gold. On navy it is text; on white it is a shape, never text. */
  accent: '#F2C230',
  /** Light text on navy. */
  onNavy: '#FFFFFF',
  onNavyMuted: '#C8D5EA',
  /** Chart series in order: dark, light, mid; distinct in lightness. */
  series: ['#0A2A5E', '#F2C230', '#5E86C2', '#9AA9BF'],
  /** Slide headings. */
  heading: '#0A2A5E',
  /** Title and section slides' background, from `band` to `bandDeep`. */
  band: '#0A2A5E',
  bandDeep: '#061B3F',
  /** Filled diagram nodes (the hub's centre) that carry `onNavy` text. */
  node: '#0A2A5E',
  /** Up and down marks: fewer of a bad thing, more of a good one. */
  good: '#0A2A5E',
  /** A soft light behind hero numbers and icons; none in the light theme. */
  glow: 'transparent',
} as const

export type ThemeName = 'light' | 'dark'
export const themeNames: readonly ThemeName[] = ['light', 'dark']

type Palette = { [K in keyof typeof palette]: K extends 'series' ? readonly [string, string, string, string] : string }

/**
 * The dark big-screen theme, for LED walls, dark halls and kiosks: a deep navy ground, luminous
 * cyan for numbers and the main series, the same gold.
 */
export const darkPalette: Palette = {
  navy: '#5CCBFF',
  navyDeep: '#040B1C',
  ink: '#E8EFFA',
  muted: '#B4C4DE',
  paper: '#06122B',
  mist: '#0D2247',
  rule: '#25467A',
  accent: '#F5C542',
  onNavy: '#FFFFFF',
  onNavyMuted: '#C8D5EA',
  series: ['#5CCBFF', '#F5C542', '#3D7FD9', '#7F8FAD'],
  heading: '#FFFFFF',
  band: '#0B2A5C',
  bandDeep: '#040B1C',
  node: '#123A78',
  good: '#5CCBFF',
  glow: 'rgb(92 203 255 / 0.16)',
}

export const themes: Record<ThemeName, Palette> = { light: palette, dark: darkPalette }

/** The slides' type scale in canvas pixels (1920×1080); nothing is smaller than `min`. */
export const typeScale = {
  display: 132,
  hero: 88,
  title: 60,
  heading: 44,
  body: 36,
  small: 30,
  min: 24,
} as const

/** The family of Noto Sans SC's faces the build cuts down to the bundled report. */
export const reportFontFamily = 'Noto Sans SC Report'

/**
 * Chinese text: Noto Sans SC throughout (its punctuation is full-width, as Chinese expects), taken
 * first from its faces cut down to the bundled report, then from the full font.
 */
export const fontFamily = `'${reportFontFamily}', 'Noto Sans SC', sans-serif`

/** Per language: English takes Latin glyphs (proportional quotes and dots) from Noto Sans. */
export const fontFamilies = {
  zh: fontFamily,
  en: `'Noto Sans', ${fontFamily}`,
} as const

/** WCAG contrast ratio between two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
      number,
      number,
      number,
    ]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

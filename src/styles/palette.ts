// One palette for slides, charts and chrome. Text pairs are checked for at least 7:1 contrast
// (projectors wash colours out), and chart series differ in lightness so they survive greyscale
// and red-green colour blindness.
export const palette = {
  /** Deep police blue: title and section slides, headers, the main chart series. */
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
} as const

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

/** Chinese text: Noto Sans SC throughout (its punctuation is full-width, as Chinese expects). */
export const fontFamily = "'Noto Sans SC', sans-serif"

/** Per language: English takes Latin glyphs (proportional quotes and dots) from Noto Sans. */
export const fontFamilies = {
  zh: fontFamily,
  en: "'Noto Sans', 'Noto Sans SC', sans-serif",
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

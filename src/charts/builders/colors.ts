// The colours the option builders draw with, for the theme of the chart being built.
// `buildOption` sets the theme for the length of one (synchronous) build, so the builders and
// their drawing pieces read `palette.navy` and get the colour of that chart's theme without
// passing it through every call; outside a build it is the light theme.
import { themes, type ThemeName } from '../../styles/palette'

let current: ThemeName = 'light'

type Colors = (typeof themes)[ThemeName]

export const palette: Colors = new Proxy({} as Colors, {
  get: (_, key) => themes[current][key as keyof Colors],
})

/** Runs `build` with the builders' colours taken from `theme`. */
export function withTheme<T>(theme: ThemeName, build: () => T): T {
  const previous = current
  current = theme
  try {
    return build()
  } finally {
    current = previous
  }
}

// The whole of Noto Sans SC, for characters the faces cut down to the bundled report do not hold:
// another report's text, a typed search, a programme's name. Its stylesheet alone is some 180 KiB
// of @font-face rules, so it loads after the first slide, or sooner when a font load meets a
// character no declared face covers (`fontStack.ts`).
let loading: Promise<void> | undefined
let loaded = false

export function loadFullFont(): Promise<void> {
  loading ??= Promise.all([
    import('@fontsource/noto-sans-sc/400.css'),
    import('@fontsource/noto-sans-sc/700.css'),
  ]).then(() => {
    loaded = true
  })
  return loading
}

export const fullFontLoaded = (): boolean => loaded

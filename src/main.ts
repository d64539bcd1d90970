import 'virtual:report-fonts.css'
import '@fontsource/noto-sans/latin-400.css'
import '@fontsource/noto-sans/latin-700.css'
import './styles/global.css'
import { mount } from 'svelte'
import App from './App.svelte'
import { afterFirstSlide, idle } from './afterFirstSlide'
import { warmUpCharts } from './charts/registry'
import { preloadOverlays } from './chrome/overlays'
import { applyPalette } from './styles/apply'
import { readFaceRanges } from './styles/fontStack'
import { loadFullFont } from './styles/fullFont'
import { loadReportFaces } from './styles/reportFaces'
import { loadLocaleData } from './i18n/numbers'
import { slideTheme } from './styles/theme.svelte'
import { themeNames, type ThemeName } from './styles/palette'

const root = document.documentElement
// boot.ts, which starts this script in a build, has published the palette and the slides' theme
// (the opening slide's, where it shows one); a page without it (the dev server) starts light.
if (root.dataset.theme === undefined) applyPalette(root)
const theme = themeNames.find((name): name is ThemeName => name === root.dataset.theme)
if (theme) slideTheme.set(theme)
const target = document.getElementById('app')!
// The mount is a task of its own: with the evaluation of the entry's modules before it, it was
// over 50 ms in about one start in twenty.
setTimeout(() => mount(App, { target }), 0)
// Intl's locale data, in a task of its own while the report is read.
setTimeout(loadLocaleData, 0)
// A chart slide reached before this loads ECharts itself and draws once it is in.
void afterFirstSlide([
  preloadOverlays,
  loadReportFaces,
  () => warmUpCharts(idle),
  loadFullFont,
  () => readFaceRanges(document.fonts),
]).catch((error: unknown) => console.error(error))

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
import { loadFullFont } from './styles/fullFont'
import { loadReportFaces } from './styles/reportFaces'

applyPalette(document.documentElement)
const target = document.getElementById('app')!
mount(App, { target })
// A chart slide reached before this loads ECharts itself and draws once it is in.
void afterFirstSlide([preloadOverlays, loadReportFaces, () => warmUpCharts(idle), loadFullFont]).catch(
  (error: unknown) => console.error(error),
)

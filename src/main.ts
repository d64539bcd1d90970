import '@fontsource/noto-sans-sc/400.css'
import '@fontsource/noto-sans-sc/700.css'
import '@fontsource/noto-sans/latin-400.css'
import '@fontsource/noto-sans/latin-700.css'
import './styles/global.css'
import { mount } from 'svelte'
import App from './App.svelte'
import { applyPalette } from './styles/apply'

applyPalette(document.documentElement)
mount(App, { target: document.getElementById('app')! })

// The overlays a window opens on request, loaded apart from the audience view so that its first
// slide does not wait for them, and fetched in idle time after that slide is up so that opening
// one is immediate. (Search stays in the view: keys typed right after opening it must reach it.)
export const overlays = {
  overview: () => import('./Overview.svelte'),
  help: () => import('./Help.svelte'),
  whereFrom: () => import('./WhereFrom.svelte'),
  appendix: () => import('./Appendix.svelte'),
}

export function preloadOverlays(): Promise<unknown> {
  return Promise.all(Object.values(overlays).map((load) => load()))
}

/**
 * Source of the in-page start-up probe; `selector` names the element whose text marks the page as
 * shown, `ready` (optional) the element whose arrival marks it as ready for input.
 */
export function startupProbe(selector: string, ready?: string): string
/** In-page source recording every long task into `window[name]` as { start, duration }. */
export function longTaskRecorder(name: string): string

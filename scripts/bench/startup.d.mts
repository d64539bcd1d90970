/** Source of the in-page start-up probe; `selector` names the element whose text marks the page as shown. */
export function startupProbe(selector: string): string
/** In-page source recording every long task into `window[name]` as { start, duration }. */
export function longTaskRecorder(name: string): string

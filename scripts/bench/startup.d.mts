/** Source of the in-page start-up probe; `selector` names the element whose text marks the page as shown. */
export function startupProbe(selector: string): string

// Build time only (svelte/server): the opening slide as the audience window shows it, in each
// variant, as markup for the page. Inline styles move to an attribute boot.ts applies, since the
// page's policy applies no style attribute written in its markup.
import { render } from 'svelte/server'
import { parseStartup } from '../contract/url'
import { stepCount } from '../content/steps'
import type { Report } from '../content/validate'
import { DeckState } from '../deck/deck.svelte'
import FirstPaint from './FirstPaint.svelte'
import { firstPaintAttribute, firstPaintStyleAttribute, firstPaintVariants, variantName } from './variants'

/** The audience view on the report's first slide in `variant`, as Svelte's server render writes it. */
export function renderOpening(report: Report, variant: (typeof firstPaintVariants)[number]): string {
  const deck = new DeckState(report.deck.slides.map(stepCount), { ...variant })
  return render(FirstPaint, { props: { report, deck, startup: parseStartup('', '') } }).body
}

/** `style="…"` attributes renamed to the attribute boot.ts applies; Svelte's markers dropped. Text is left alone. */
export function movedStyles(markup: string): string {
  return markup
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<[a-z][^>]*>/g, (tag) => tag.replace(/\sstyle="/g, ` ${firstPaintStyleAttribute}="`))
}

/** Every variant, each hidden until boot.ts picks one. */
export function firstPaintMarkup(report: Report): string {
  return firstPaintVariants
    .map(
      (variant) =>
        `<div ${firstPaintAttribute}="${variantName(variant)}" hidden>${movedStyles(renderOpening(report, variant))}</div>`,
    )
    .join('')
}

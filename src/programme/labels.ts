import type { Translate } from '../i18n/i18n'
import type { PlanGroup } from './timing'

/** "Part 3", "Opening", "Closing" in the interface language, to begin a line with. */
export function groupLabel(t: Translate, group: PlanGroup | undefined): string {
  if (!group) return ''
  if (group.kind === 'part') return t('programme.part', { n: group.part })
  return t(`programme.${group.kind === 'closing' ? 'closingPart' : group.kind}`)
}

/**
 * What a score is checked against: the item's maximum and deduction step from the criteria
 * sheet, and the unit's self score from its latest submission.
 */
import { criteriaItems, type CriteriaSheet, type Submission } from '../../domain'

export interface ItemRule {
  code: string
  title: string
  /** Integer hundredths. */
  max: number
  /** Integer hundredths; a score must be a multiple of it (1 = any two-decimal score). */
  step: number
}

export function findItemRule(sheet: CriteriaSheet, code: string): ItemRule | null {
  const item = criteriaItems(sheet).find((i) => i.code === code)
  if (!item) return null
  return { code, title: item.title, max: item.max, step: item.step ?? 1 }
}

/** The unit's self score for an item, in hundredths; null when it gave none. */
export function selfScoreOf(submission: Pick<Submission, 'items'>, code: string): number | null {
  return submission.items.find((i) => i.code === code)?.score ?? null
}

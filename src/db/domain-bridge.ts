/**
 * What the store needs to know about the domain's records, in one place: where an item's
 * maximum is in a criteria sheet, and where a unit's self score is in a submission. Until the
 * domain's model is committed this reads the shapes structurally; it is the only file to adapt.
 */
import type { CriteriaRow, SubmissionRow } from './rows'

export interface ItemRule {
  code: string
  title: string
  /** Integer hundredths. */
  max: number
  /** Integer hundredths; a score must be a multiple of it (1 = any two-decimal score). */
  step: number
}

interface LooseItem {
  code?: unknown
  title?: unknown
  max?: unknown
  maxPoints?: unknown
  step?: unknown
}

function itemsOf(sheet: CriteriaRow['sheet']): LooseItem[] {
  const direct = Array.isArray(sheet.items) ? (sheet.items as LooseItem[]) : []
  const nested = Array.isArray(sheet.categories)
    ? (sheet.categories as { items?: unknown }[]).flatMap((c) =>
        Array.isArray(c.items) ? (c.items as LooseItem[]) : [],
      )
    : []
  return [...direct, ...nested]
}

export function findItemRule(sheet: CriteriaRow['sheet'], code: string): ItemRule | null {
  const item = itemsOf(sheet).find((i) => i.code === code)
  if (!item) return null
  const max = typeof item.max === 'number' ? item.max : Number(item.maxPoints)
  if (!Number.isInteger(max)) return null
  const step = typeof item.step === 'number' && item.step > 0 ? item.step : 1
  return { code, title: typeof item.title === 'string' ? item.title : code, max, step }
}

/** The unit's self score for an item, in hundredths; null when it gave none. */
export function selfScoreOf(submission: SubmissionRow['data'], code: string): number | null {
  const self = submission.self as Record<string, unknown> | undefined
  const v = self?.[code]
  return typeof v === 'number' ? v : null
}

/**
 * A criteria sheet still being worked on (the total is not 100 yet, a code repeats…), kept so
 * that the work survives closing the page. It lives in the meta table, apart from the
 * versions: templates, scoring, ranking and documents read only `criteria`, so a draft can
 * never be used by mistake. The year package carries drafts in a list of their own
 * (`criteriaDrafts`), so exports, backups and restores keep them. Saving the sheet as a
 * version removes the draft.
 */
import {
  CriteriaSheetSchema,
  describeIssues,
  type CriteriaDraft,
  type CriteriaSheet,
  type Sequence,
} from '../../domain'
import type { AssessmentDB } from '../core/database'
import { StoreError } from '../core/errors'
import { requireUnlockedYear } from '../core/guards'
import { nowIso, type Session } from '../core/session'

/** `{ sheet, savedAt, savedBy }`: the domain's type, as year packages carry it. */
export type { CriteriaDraft }

export const criteriaDraftKey = (yearId: string, sequence: Sequence): string =>
  `criteria-draft|${yearId}|${sequence}`

export async function criteriaDraft(
  db: AssessmentDB,
  yearId: string,
  sequence: Sequence,
): Promise<CriteriaDraft | undefined> {
  const row = await db.meta.get(criteriaDraftKey(yearId, sequence))
  return row?.value as CriteriaDraft | undefined
}

/** Keeps the sheet as this sequence's draft, replacing an earlier one; malformed is refused. */
export async function saveCriteriaDraft(
  s: Session,
  yearId: string,
  sequence: Sequence,
  sheet: CriteriaSheet,
): Promise<CriteriaDraft> {
  const parsed = CriteriaSheetSchema.safeParse({ ...sheet, sequence })
  if (!parsed.success) {
    throw new StoreError('invalid-input', describeIssues(parsed.error).join('；'))
  }
  const draft: CriteriaDraft = { sheet: parsed.data, savedAt: nowIso(s), savedBy: s.operator }
  await s.db.transaction('rw', [s.db.years, s.db.meta], async () => {
    await requireUnlockedYear(s.db, yearId)
    await s.db.meta.put({ key: criteriaDraftKey(yearId, sequence), value: draft })
  })
  return draft
}

export async function discardCriteriaDraft(
  db: AssessmentDB,
  yearId: string,
  sequence: Sequence,
): Promise<void> {
  await db.meta.delete(criteriaDraftKey(yearId, sequence))
}

/** Every draft of a year, township first: what its package and its backups carry. */
export async function yearDrafts(db: AssessmentDB, yearId: string): Promise<CriteriaDraft[]> {
  const rows = await db.meta.where('key').startsWith(`criteria-draft|${yearId}|`).toArray()
  const order = (d: CriteriaDraft) => (d.sheet.sequence === 'township' ? 0 : 1)
  return rows.map((r) => r.value as CriteriaDraft).sort((a, b) => order(a) - order(b))
}

/** Writes a year's drafts (a restore), each under its sequence. Inside a transaction over meta. */
export async function putYearDrafts(
  db: AssessmentDB,
  yearId: string,
  drafts: readonly CriteriaDraft[],
): Promise<void> {
  await db.meta.bulkPut(
    drafts.map((d) => ({ key: criteriaDraftKey(yearId, d.sheet.sequence), value: d })),
  )
}

/** Every draft of a year, for deleting or replacing the year with it. */
export async function deleteYearDrafts(db: AssessmentDB, yearId: string): Promise<void> {
  await db.meta.where('key').startsWith(`criteria-draft|${yearId}|`).delete()
}

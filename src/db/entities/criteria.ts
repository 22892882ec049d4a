/**
 * 考评细则 per year and sequence, versioned. Only a usable sheet (total exactly 100.00) is ever
 * saved as a version. While no unit of the sequence has submitted, a save replaces the newest
 * version in place; once submissions exist, a save becomes a new version, flagged, so that a
 * sheet units answered against never changes silently.
 */
import {
  CriteriaSheetSchema,
  describeIssues,
  validateCriteria,
  type CriteriaSheet,
  type Sequence,
} from '../../domain'
import { discardCriteriaDraft } from './criteria-draft'
import type { AssessmentDB } from '../core/database'
import { StoreError } from '../core/errors'
import { requireUnlockedYear } from '../core/guards'
import { criteriaId } from '../core/migrations'
import type { CriteriaRow } from '../core/rows'
import { writeTransaction, type Session, type WriteScope } from '../core/session'

export async function criteriaVersions(
  db: AssessmentDB,
  yearId: string,
  sequence: Sequence,
): Promise<CriteriaRow[]> {
  return db.criteria.where('[yearId+sequence]').equals([yearId, sequence]).sortBy('version')
}

export async function currentCriteria(
  db: AssessmentDB,
  yearId: string,
  sequence: Sequence,
): Promise<CriteriaRow | undefined> {
  const versions = await criteriaVersions(db, yearId, sequence)
  return versions[versions.length - 1]
}

async function sequenceHasSubmissions(
  db: AssessmentDB,
  yearId: string,
  sequence: Sequence,
): Promise<boolean> {
  const unitIds = await db.units.where('[yearId+sequence]').equals([yearId, sequence]).primaryKeys()
  if (unitIds.length === 0) return false
  const first = await db.submissions
    .where('yearId')
    .equals(yearId)
    .filter((r) => unitIds.includes(r.unitId))
    .first()
  return first !== undefined
}

export interface SaveCriteriaResult {
  row: CriteriaRow
  /** True when this save made a new version because submissions already existed. */
  newVersion: boolean
}

/** The sheet's shape is checked strictly: a draft may be incomplete, never malformed. */
function checkSheetShape(sheet: CriteriaSheet, sequence: Sequence): CriteriaSheet {
  const parsed = CriteriaSheetSchema.safeParse({ ...sheet, sequence })
  if (!parsed.success) {
    throw new StoreError('invalid-input', describeIssues(parsed.error).join('；'))
  }
  return parsed.data
}

export async function saveCriteria(
  s: Session,
  yearId: string,
  sequence: Sequence,
  sheet: CriteriaSheet,
  note = '',
): Promise<SaveCriteriaResult> {
  const checked = checkSheetShape(sheet, sequence)
  const { db } = s
  return writeTransaction(s, criteriaTables(db), async (w) => {
    await requireUnlockedYear(db, yearId)
    return applyCriteriaSave(db, w, yearId, checked, note)
  })
}

export const criteriaTables = (db: AssessmentDB) => [
  db.years,
  db.units,
  db.submissions,
  db.criteria,
  db.meta,
]

/** The save itself, inside the caller's transaction (also used by an undo). */
export async function applyCriteriaSave(
  db: AssessmentDB,
  w: WriteScope,
  yearId: string,
  checked: CriteriaSheet,
  note: string,
  action?: string,
): Promise<SaveCriteriaResult> {
  const { sequence } = checked
  // A saved version is what templates, scoring and ranking use: only a usable sheet (total
  // exactly 100.00, codes unique…) may become one. Work in progress is a draft (criteria-draft.ts).
  const unusable = validateCriteria(checked)
  if (unusable.length > 0) {
    throw new StoreError(
      'invalid-input',
      `细则未保存为正式版本：${unusable.join('；')}。可先“存为草稿”，改好后再保存。`,
    )
  }
  const current = await currentCriteria(db, yearId, sequence)
  const answered = current !== undefined && (await sequenceHasSubmissions(db, yearId, sequence))
  const version = current === undefined ? 1 : answered ? current.version + 1 : current.version
  if (answered && note.trim() === '') {
    throw new StoreError(
      'reason-required',
      '已有单位按现行细则提交了自查材料，修改细则将生成新版本，请填写修改说明。',
    )
  }
  const row: CriteriaRow = {
    id: criteriaId(yearId, sequence, version),
    yearId,
    sequence,
    version,
    sheet: { ...checked, version },
    savedAt: w.at,
    savedBy: w.who,
    flagged: answered || (current?.flagged ?? false),
    note: note.trim(),
  }
  await db.criteria.put(row)
  // The draft has become this version (or been overtaken by it).
  await discardCriteriaDraft(db, yearId, sequence)
  await w.record({
    yearId,
    entity: 'criteria',
    entityId: sequence,
    action: action ?? (answered ? 'new-version' : current ? 'edit' : 'create'),
    oldValue: current ? { version: current.version, sheet: current.sheet } : null,
    newValue: { version, sheet: row.sheet },
    reason: note.trim(),
  })
  return { row, newVersion: answered }
}

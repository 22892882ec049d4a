/**
 * A whole year as rows: what an export reads, what a restore writes, and what a backup taken
 * before a destructive action holds. A restore keeps the records' ids when none is taken in
 * this store (a fresh PC, or a year's own backup), so history entries still name the right
 * record; when any is taken (a copy of a year that is still here) every id is remapped.
 * The year's criteria drafts live in the meta table (criteria-draft.ts) but travel with it:
 * callers include `meta` in their transactions.
 */
import { YEAR_TABLES, type AssessmentDB } from '../core/database'
import { newId, scoreId } from '../core/ids'
import { criteriaId } from '../core/migrations'
import type {
  AdjustmentRow,
  ApprovalRow,
  CriteriaRow,
  HistoryRow,
  LedgerRow,
  ReviewerRow,
  ScoreRow,
  SubmissionRow,
  UnitRow,
  YearRow,
} from '../core/rows'
import { buildScorePacks } from '../entities/score-packs'
import { deleteYearDrafts, putYearDrafts, yearDrafts } from '../entities/criteria-draft'
import type { CriteriaDraft } from '../../domain'
import { submissionId } from '../entities/submissions'

export interface YearData {
  year: YearRow
  units: UnitRow[]
  criteria: CriteriaRow[]
  submissions: SubmissionRow[]
  reviewers: ReviewerRow[]
  scores: ScoreRow[]
  adjustments: AdjustmentRow[]
  ledger: LedgerRow[]
  approvals: ApprovalRow[]
  /** The criteria drafts (草稿（未生效）), one per sequence at most. */
  drafts: CriteriaDraft[]
  /** The year's history, oldest first, as recorded where the data came from. */
  history: HistoryRow[]
}

/**
 * Reads one year. Call inside a transaction over the year tables and history for a snapshot.
 * `scores: false` leaves the score rows out (empty), for callers that read the packs instead.
 */
export async function readYearData(
  db: AssessmentDB,
  yearId: string,
  opts: { scores?: boolean } = {},
): Promise<YearData | null> {
  const year = await db.years.get(yearId)
  if (!year) return null
  return {
    year,
    units: await db.units.where('yearId').equals(yearId).toArray(),
    criteria: await db.criteria.where('yearId').equals(yearId).toArray(),
    submissions: await db.submissions.where('yearId').equals(yearId).toArray(),
    reviewers: await db.reviewers.where('yearId').equals(yearId).toArray(),
    scores: opts.scores === false ? [] : await db.scores.where('yearId').equals(yearId).toArray(),
    adjustments: await db.adjustments.where('yearId').equals(yearId).toArray(),
    ledger: await db.ledger.where('yearId').equals(yearId).toArray(),
    approvals: await db.approvals.where('yearId').equals(yearId).sortBy('seq'),
    drafts: await yearDrafts(db, yearId),
    history: await db.history.where('yearId').equals(yearId).sortBy('seq'),
  }
}

/**
 * Removes a year's rows (not its history, which is append-only), the score packs derived
 * from them and its criteria drafts. Inside a transaction over the year tables, `scorePacks`
 * and `meta`.
 */
export async function deleteYearRows(db: AssessmentDB, yearId: string): Promise<void> {
  for (const name of YEAR_TABLES) {
    if (name === 'years') await db.years.delete(yearId)
    else await db.table(name).where('yearId').equals(yearId).delete()
  }
  await db.scorePacks.where('yearId').equals(yearId).delete()
  await deleteYearDrafts(db, yearId)
}

export interface RemappedYear {
  data: Omit<YearData, 'history'>
  /** Old id → new id, for units, reviewers, adjustments, ledger entries and the year. */
  ids: Map<string, string>
}

/**
 * The same year under `newYearId`, every reference rewritten to match. With `keepIds` the
 * units', reviewers' and entries' own ids stay (the caller checked they collide with nothing),
 * so history entries that name them keep pointing at the right record.
 */
export function remapYearData(
  src: YearData,
  newYearId: string = newId('year'),
  keepIds = false,
): RemappedYear {
  const ids = new Map<string, string>([[src.year.id, newYearId]])
  const map = (old: string, prefix: string) => {
    const id = keepIds ? old : newId(prefix)
    ids.set(old, id)
    return id
  }
  const unitIds = new Map(src.units.map((u) => [u.id, map(u.id, 'unit')]))
  const reviewerIds = new Map(src.reviewers.map((r) => [r.id, map(r.id, 'rev')]))
  const unit = (id: string) => unitIds.get(id) ?? id
  const reviewer = (id: string) => reviewerIds.get(id) ?? id
  const y = newYearId
  return {
    ids,
    data: {
      year: {
        ...src.year,
        id: y,
        targetJudgements: (src.year.targetJudgements ?? []).map((j) => ({
          ...j,
          unitId: unit(j.unitId),
        })),
      },
      units: src.units.map((u) => ({ ...u, id: unit(u.id), yearId: y })),
      criteria: src.criteria.map((c) => ({
        ...c,
        id: criteriaId(y, c.sequence, c.version),
        yearId: y,
      })),
      submissions: src.submissions.map((r) => ({
        ...r,
        id: submissionId(y, unit(r.unitId), r.version),
        yearId: y,
        unitId: unit(r.unitId),
      })),
      reviewers: src.reviewers.map((r) => ({ ...r, id: reviewer(r.id), yearId: y })),
      scores: src.scores.map((r) => ({
        ...r,
        id: scoreId(y, unit(r.unitId), reviewer(r.reviewerId), r.itemCode),
        yearId: y,
        unitId: unit(r.unitId),
        reviewerId: reviewer(r.reviewerId),
      })),
      adjustments: src.adjustments.map((r) => ({
        ...r,
        id: map(r.id, 'adj'),
        yearId: y,
        unitId: unit(r.unitId),
      })),
      ledger: src.ledger.map((r) => ({
        ...r,
        id: map(r.id, 'ledger'),
        yearId: y,
        unitId: unit(r.unitId),
      })),
      approvals: src.approvals.map(({ seq: _seq, ...r }) => ({ ...r, yearId: y })),
      // Keyed by year and sequence; a draft names no unit or reviewer.
      drafts: src.drafts,
    },
  }
}

/** Whether any of the year's own record ids is already taken in this store. */
export async function idsCollide(db: AssessmentDB, src: YearData): Promise<boolean> {
  const taken = async (table: { bulkGet(keys: string[]): Promise<unknown[]> }, keys: string[]) =>
    (await table.bulkGet(keys)).some((row) => row !== undefined)
  return (
    (await taken(
      db.units,
      src.units.map((u) => u.id),
    )) ||
    (await taken(
      db.reviewers,
      src.reviewers.map((r) => r.id),
    )) ||
    (await taken(
      db.adjustments,
      src.adjustments.map((a) => a.id),
    )) ||
    (await taken(
      db.ledger,
      src.ledger.map((l) => l.id),
    ))
  )
}

/** Writes a remapped year's rows, its score packs and drafts. Inside a transaction over all. */
export async function insertYearRows(db: AssessmentDB, d: RemappedYear['data']): Promise<void> {
  await db.years.add(d.year)
  await db.units.bulkAdd(d.units)
  await db.criteria.bulkAdd(d.criteria)
  await db.submissions.bulkAdd(d.submissions)
  await db.reviewers.bulkAdd(d.reviewers)
  await db.scores.bulkAdd(d.scores)
  await db.scorePacks.bulkAdd(buildScorePacks(d.scores))
  await db.adjustments.bulkAdd(d.adjustments)
  await db.ledger.bulkAdd(d.ledger)
  await db.approvals.bulkAdd(d.approvals)
  await putYearDrafts(db, d.year.id, d.drafts)
}

/**
 * Restoring a year, deleting one, and the backups that make both undoable. Each is one
 * transaction over every year table and the history: a restore either lands whole or leaves
 * the store exactly as it was. Replacing or deleting a year first reads the current year in the
 * same transaction and returns it, so the caller can save it and undo by restoring it.
 *
 * The year's history travels with it: entries from the package are appended to this store's
 * chain (re-hashed here, their original hash kept as `sourceHash`), skipping events the year
 * already records, so restoring a backup of this same PC does not duplicate its history.
 */
import { canonicalJson } from '../../domain'
import type { AssessmentDB } from '../core/database'
import { StoreError } from '../core/errors'
import { requireReason, requireYear } from '../core/guards'
import { appendHistory } from '../core/history'
import type { HistoryRow, YearRow } from '../core/rows'
import { writeTransaction, type Session, type WriteScope } from '../core/session'
import {
  idsCollide,
  deleteYearRows,
  insertYearRows,
  readYearData,
  remapYearData,
  type YearData,
} from './year-data'

const allTables = (db: AssessmentDB) => [
  db.years,
  db.units,
  db.criteria,
  db.submissions,
  db.reviewers,
  db.scores,
  db.scorePacks,
  db.adjustments,
  db.ledger,
  db.approvals,
  // The year's criteria drafts (criteria-draft.ts).
  db.meta,
]

/** Two entries are the same event when everything but their place in a chain agrees. */
const eventKey = (
  h: Pick<HistoryRow, 'at' | 'who' | 'entity' | 'action' | 'reason'> & {
    oldValue: unknown
    newValue: unknown
  },
) => canonicalJson([h.at, h.who, h.entity, h.action, h.reason, h.oldValue, h.newValue])

async function carryHistory(
  db: AssessmentDB,
  src: YearData,
  yearId: string,
  ids: Map<string, string>,
): Promise<number> {
  const known = new Set<string>()
  await db.history
    .where('yearId')
    .equals(yearId)
    .each((h) => {
      known.add(eventKey(h))
    })
  let carried = 0
  for (const h of src.history) {
    if (known.has(eventKey(h))) continue
    await appendHistory(db, {
      yearId,
      at: h.at,
      who: h.who,
      entity: h.entity,
      // '' names the year itself in a package (it does not know the store's year id).
      entityId: h.entityId === '' ? yearId : (ids.get(h.entityId) ?? h.entityId),
      action: h.action,
      oldValue: h.oldValue,
      newValue: h.newValue,
      reason: h.reason,
      sourceHash: h.sourceHash ?? h.hash,
    })
    carried++
  }
  return carried
}

async function landYear(
  db: AssessmentDB,
  w: WriteScope,
  src: YearData,
  targetYearId: string | undefined,
  origin: YearRow['origin'] = 'restore',
): Promise<YearRow> {
  const keepIds = !(await idsCollide(db, src))
  const { data, ids } = remapYearData(src, targetYearId, keepIds)
  data.year = { ...data.year, origin, createdAt: w.at, createdBy: w.who }
  await insertYearRows(db, data)
  const carried = await carryHistory(db, src, data.year.id, ids)
  await w.record({
    yearId: data.year.id,
    entity: 'year',
    entityId: data.year.id,
    action: targetYearId
      ? 'restore-replace'
      : origin === 'sample'
        ? 'create-sample'
        : 'restore-as-new',
    oldValue: null,
    newValue: {
      title: data.year.title,
      units: data.units.length,
      scores: data.scores.length,
      historyCarried: carried,
    },
    reason: '',
  })
  return data.year
}

/** Adds the package's year beside the existing ones (a new id, nothing overwritten). */
export async function restoreYearAsNew(
  s: Session,
  src: YearData,
  origin: YearRow['origin'] = 'restore',
): Promise<YearRow> {
  const { db } = s
  return writeTransaction(s, allTables(db), (w) => landYear(db, w, src, undefined, origin))
}

export interface ReplaceResult {
  year: YearRow
  /** The year as it was before the replace: save it, and restore it to undo. */
  backup: YearData
}

/** Replaces an existing year by the package's, keeping the year's id. */
export async function restoreYearReplace(
  s: Session,
  targetYearId: string,
  src: YearData,
): Promise<ReplaceResult> {
  const { db } = s
  return writeTransaction(s, allTables(db), async (w) => {
    const backup = await readYearData(db, targetYearId)
    if (!backup) throw new StoreError('not-found', '要替换的年度已不存在。')
    await deleteYearRows(db, targetYearId)
    const year = await landYear(db, w, src, targetYearId)
    return { year, backup }
  })
}

/** Deletes a year's data (its history stays); returns it so it can be saved and restored. */
export async function deleteYear(s: Session, yearId: string, reason: string): Promise<YearData> {
  const why = requireReason(reason, '删除年度')
  const { db } = s
  return writeTransaction(s, allTables(db), async (w) => {
    const year = await requireYear(db, yearId)
    if (year.locked) {
      throw new StoreError('year-locked', `${year.title}已审定锁定，不能删除。`)
    }
    const backup = await readYearData(db, yearId)
    if (!backup) throw new StoreError('not-found', '找不到该考评年度。')
    await deleteYearRows(db, yearId)
    await w.record({
      yearId,
      entity: 'year',
      entityId: yearId,
      action: 'delete',
      oldValue: { title: year.title, units: backup.units.length, scores: backup.scores.length },
      newValue: null,
      reason: why,
    })
    return backup
  })
}

/** A snapshot of one year read in one transaction, for export and backups. */
export async function snapshotYear(db: AssessmentDB, yearId: string): Promise<YearData> {
  return db.transaction('r', [...allTables(db), db.history], async () => {
    const data = await readYearData(db, yearId)
    if (!data) throw new StoreError('not-found', '找不到该考评年度。')
    return data
  })
}

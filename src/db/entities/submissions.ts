/**
 * 自查材料: each import of a unit's returned file is a new version; earlier versions are kept so
 * the office can see what changed. A batch (the good files of one import) is written in one
 * transaction: all of it, or — if anything fails — none of it.
 */
import { nextSelfChangeMark, type Submission } from '../../domain'
import type { AssessmentDB } from '../core/database'
import { StoreError } from '../core/errors'
import { requireFound, requireUnlockedYear } from '../core/guards'
import type { SubmissionRow, UnitRow } from '../core/rows'
import { writeTransaction, type Session, type WriteScope } from '../core/session'
import { currentCriteria } from './criteria'
import { clearImportBatch } from './import-batch'
import { SUBMISSION_REFUSED, TEMPLATE_ENTITY, TEMPLATE_ISSUE } from './unit-status-history'

/** A validated self-assessment as the Excel layer produced it; the store numbers the version. */
export type SubmissionInput = Pick<Submission, 'unitId' | 'fileName' | 'items' | 'veto'>

export interface ImportedSubmission {
  unitId: string
  unitName: string
  version: number
  /** The version this one replaces as current; null for a first submission. */
  previous: SubmissionRow | null
  row: SubmissionRow
}

export const submissionId = (yearId: string, unitId: string, version: number): string =>
  `${yearId}|${unitId}|${version}`

export async function submissionVersions(
  db: AssessmentDB,
  yearId: string,
  unitId: string,
): Promise<SubmissionRow[]> {
  return db.submissions.where('[yearId+unitId]').equals([yearId, unitId]).sortBy('version')
}

export async function latestSubmission(
  db: AssessmentDB,
  yearId: string,
  unitId: string,
): Promise<SubmissionRow | undefined> {
  const all = await submissionVersions(db, yearId, unitId)
  return all[all.length - 1]
}

export async function importSubmissions(
  s: Session,
  yearId: string,
  batch: readonly SubmissionInput[],
): Promise<ImportedSubmission[]> {
  const { db } = s
  return writeTransaction(s, submissionTables(db), async (w) => {
    await requireUnlockedYear(db, yearId)
    return applySubmissions(db, w, yearId, batch)
  })
}

// The scores are in it because a new version marks the reviewer scores its changes overtook.
const submissionTables = (db: AssessmentDB) => [
  db.years,
  db.units,
  db.criteria,
  db.submissions,
  db.scores,
]

/** The batch itself, inside the caller's transaction. */
async function applySubmissions(
  db: AssessmentDB,
  w: WriteScope,
  yearId: string,
  batch: readonly SubmissionInput[],
): Promise<ImportedSubmission[]> {
  const seen = new Set<string>()
  const out: ImportedSubmission[] = []
  for (const item of batch) {
    const unit = requireFound(await db.units.get(item.unitId), '单位')
    if (unit.yearId !== yearId) {
      throw new StoreError('invalid-input', `${item.fileName}：单位“${unit.name}”不属于本年度。`)
    }
    if (seen.has(unit.id)) {
      throw new StoreError('duplicate', `本批次中“${unit.name}”有两个文件，请只保留一个。`)
    }
    seen.add(unit.id)
    const previous = (await latestSubmission(db, yearId, unit.id)) ?? null
    const criteria = await currentCriteria(db, yearId, unit.sequence)
    const version = (previous?.version ?? 0) + 1
    const row: SubmissionRow = {
      id: submissionId(yearId, unit.id, version),
      yearId,
      unitId: unit.id,
      version,
      fileName: item.fileName,
      importedAt: w.at,
      importedBy: w.who,
      criteriaVersion: criteria?.version ?? 0,
      items: item.items,
      veto: item.veto,
    }
    await db.submissions.add(row)
    if (unit.importProblem) await db.units.put({ ...unit, importProblem: null })
    const marked = previous ? await markOvertakenScores(db, w, previous, row) : 0
    await w.record({
      yearId,
      entity: 'submission',
      entityId: unit.id,
      action: previous ? 're-import' : 'import',
      oldValue: previous ? { version: previous.version, fileName: previous.fileName } : null,
      newValue: { version, fileName: item.fileName, ...(marked ? { marked } : {}) },
      reason: '',
    })
    out.push({ unitId: unit.id, unitName: unit.name, version, previous, row })
  }
  return out
}

/**
 * Review began before this version: the unit's review scores get their marks as the domain's
 * nextSelfChangeMark says. Returns how many scores carry a mark after this version.
 */
async function markOvertakenScores(
  db: AssessmentDB,
  w: WriteScope,
  before: SubmissionRow,
  after: SubmissionRow,
): Promise<number> {
  const old = new Map(before.items.map((i) => [i.code, i.score]))
  const now = new Map(after.items.map((i) => [i.code, i.score]))
  const scores = await db.scores
    .where('[yearId+unitId]')
    .equals([after.yearId, after.unitId])
    .toArray()
  let marked = 0
  for (const s of scores) {
    const current = s.selfChanged ?? null
    const next = nextSelfChangeMark(
      s,
      old.get(s.itemCode) ?? null,
      now.get(s.itemCode) ?? null,
      after.version,
      w.at,
    )
    if (next !== current) await db.scores.put({ ...s, selfChanged: next })
    if (next) marked++
  }
  return marked
}

/** A returned file that could not be imported, for a unit the file named. */
export interface RefusedReturn {
  unitId: string
  fileName: string
  messages: string[]
}

/**
 * One import of returned files as a whole: the good files stored and the refused files' units
 * marked 有问题 in the same transaction, so an interruption never leaves the one without the other.
 */
export async function recordImportBatch(
  s: Session,
  yearId: string,
  good: readonly SubmissionInput[],
  refused: readonly RefusedReturn[],
): Promise<ImportedSubmission[]> {
  const { db } = s
  return writeTransaction(s, [...submissionTables(db), db.meta], async (w) => {
    await requireUnlockedYear(db, yearId)
    const out = await applySubmissions(db, w, yearId, good)
    // Landed: the batch is no longer pending, in the same write (see import-batch.ts).
    await clearImportBatch(db, yearId)
    for (const r of refused) {
      const u = await db.units.get(r.unitId)
      if (!u || u.yearId !== yearId) continue
      await refuseReturn(db, w, u, r.fileName, r.messages)
    }
    return out
  })
}

/** The current (highest) version of each unit's submission in a year. */
export async function latestSubmissions(
  db: AssessmentDB,
  yearId: string,
): Promise<Map<string, SubmissionRow>> {
  const latest = new Map<string, SubmissionRow>()
  await db.submissions
    .where('yearId')
    .equals(yearId)
    .each((r) => {
      const seen = latest.get(r.unitId)
      if (!seen || seen.version < r.version) latest.set(r.unitId, r)
    })
  return latest
}

export type SubmissionStatus = '未下发' | '已下发' | '已回收' | '有问题'

export function submissionStatus(
  unit: UnitRow,
  latest: SubmissionRow | undefined,
): SubmissionStatus {
  if (unit.importProblem) return '有问题'
  if (latest) return '已回收'
  return unit.templateIssuedAt ? '已下发' : '未下发'
}

/** Status of every unit of a year, for the 自查材料 page. */
export async function submissionStatuses(
  db: AssessmentDB,
  yearId: string,
): Promise<Map<string, { status: SubmissionStatus; versions: number }>> {
  const units = await db.units.where('yearId').equals(yearId).toArray()
  const latest = await latestSubmissions(db, yearId)
  return new Map(
    units.map((u) => [
      u.id,
      { status: submissionStatus(u, latest.get(u.id)), versions: latest.get(u.id)?.version ?? 0 },
    ]),
  )
}

/**
 * Templates were generated for these units (已下发). Recorded in the history, because a year
 * package carries the history and not these marks: a restore reads 已下发 back from it.
 */
export async function markTemplatesIssued(
  s: Session,
  yearId: string,
  unitIds: readonly string[],
): Promise<void> {
  const { db } = s
  await writeTransaction(s, [db.units], async (w) => {
    const issued: { id: string; name: string }[] = []
    for (const id of unitIds) {
      const u = await db.units.get(id)
      if (!u || u.yearId !== yearId) continue
      await db.units.put({ ...u, templateIssuedAt: w.at })
      issued.push({ id: u.id, name: u.name })
    }
    await w.record({
      yearId,
      entity: TEMPLATE_ENTITY,
      entityId: yearId,
      action: TEMPLATE_ISSUE,
      oldValue: null,
      newValue: { units: issued },
      reason: '',
    })
  })
}

/** A refused returned file: the unit shows 有问题, and the history says which file and why. */
async function refuseReturn(
  db: AssessmentDB,
  w: WriteScope,
  u: UnitRow,
  fileName: string,
  messages: string[],
): Promise<void> {
  await db.units.put({ ...u, importProblem: { fileName, at: w.at, messages } })
  await w.record({
    yearId: u.yearId,
    entity: 'submission',
    entityId: u.id,
    action: SUBMISSION_REFUSED,
    oldValue: null,
    newValue: { fileName, messages },
    reason: '',
  })
}

/** A returned file of this unit could not be imported (有问题); cleared by the next good import. */
export async function markImportProblem(
  s: Session,
  unitId: string,
  fileName: string,
  messages: string[],
): Promise<void> {
  const { db } = s
  await writeTransaction(s, [db.units], async (w) => {
    const u = requireFound(await db.units.get(unitId), '单位')
    await refuseReturn(db, w, u, fileName, messages)
  })
}

/**
 * 年度: creating, listing and reading assessment years. A year is created whole — the year row,
 * its roster, its criteria and the history entry — in one transaction, or not at all.
 */
import {
  YearSettingsSchema,
  yearTitle,
  describeIssues,
  type CriteriaSheet,
  type PastOutcome,
  type Unit,
  type YearSettings,
  type YearSettingsInput,
} from '../../domain'
import type { AssessmentDB } from '../core/database'
import { StoreError } from '../core/errors'
import { requireUnlockedYear, requireYear } from '../core/guards'
import { newId } from '../core/ids'
import { criteriaId } from '../core/migrations'
import type { CriteriaRow, YearRow } from '../core/rows'
import { withDerivedTitle } from './year-title'
import { writeTransaction, type Session, type WriteScope } from '../core/session'

export interface NewYearInput {
  year: number
  settings: YearSettings
  pastOutcomes?: PastOutcome[]
}

/** What a new year starts with besides its settings. */
export interface YearContents {
  /** Roster entries; each gets a new id in the new year. */
  units: Omit<Unit, 'id'>[]
  /** One sheet per sequence (the sheet names its sequence). */
  criteria: CriteriaSheet[]
}

export async function listYears(db: AssessmentDB): Promise<YearRow[]> {
  const rows = await db.years.toArray()
  return rows.sort((a, b) => b.year - a.year || b.createdAt.localeCompare(a.createdAt))
}

/** How many years the store holds (a restore backs up first only when there is something). */
export const countYears = (db: AssessmentDB): Promise<number> => db.years.count()

export const getYear = (db: AssessmentDB, yearId: string): Promise<YearRow> =>
  requireYear(db, yearId)

function checkYearNumber(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new StoreError('invalid-input', `年度“${year}”无效，请填写四位年份，如 2026。`)
  }
}

/** Writes a year with its contents inside the caller's transaction (years, units, criteria). */
export async function insertYear(
  db: AssessmentDB,
  w: WriteScope,
  input: NewYearInput,
  contents: YearContents,
  origin: YearRow['origin'],
): Promise<YearRow> {
  checkYearNumber(input.year)
  const year: YearRow = {
    id: newId('year'),
    year: input.year,
    title: yearTitle(input.year, input.settings.countyName),
    settings: input.settings,
    locked: false,
    createdAt: w.at,
    createdBy: w.who,
    origin,
    pastOutcomes: input.pastOutcomes ?? [],
  }
  await db.years.add(year)
  await db.units.bulkAdd(
    contents.units.map((u) => ({ ...u, id: newId('unit'), yearId: year.id, retired: false })),
  )
  await db.criteria.bulkAdd(
    contents.criteria.map((c): CriteriaRow => ({
      id: criteriaId(year.id, c.sequence, 1),
      yearId: year.id,
      sequence: c.sequence,
      version: 1,
      sheet: { ...c, version: 1 },
      savedAt: w.at,
      savedBy: w.who,
      flagged: false,
      note: '',
    })),
  )
  await w.record({
    yearId: year.id,
    entity: 'year',
    entityId: year.id,
    action: `create-${origin}`,
    oldValue: null,
    newValue: {
      title: year.title,
      units: contents.units.length,
      criteria: contents.criteria.map((c) => c.sequence),
    },
    reason: '',
  })
  return year
}

export async function createYear(
  s: Session,
  input: NewYearInput,
  contents: YearContents,
  origin: YearRow['origin'],
): Promise<YearRow> {
  const { db } = s
  return writeTransaction(s, [db.years, db.units, db.criteria], (w) =>
    insertYear(db, w, input, contents, origin),
  )
}

/** The newest version of each sequence's criteria sheet of a year. */
export async function latestCriteria(db: AssessmentDB, yearId: string): Promise<CriteriaRow[]> {
  const rows = await db.criteria.where('yearId').equals(yearId).toArray()
  const newest = new Map<string, CriteriaRow>()
  for (const r of rows) {
    const seen = newest.get(r.sequence)
    if (!seen || seen.version < r.version) newest.set(r.sequence, r)
  }
  return [...newest.values()].sort((a, b) => a.sequence.localeCompare(b.sequence))
}

/** A new year with the previous year's settings, current roster and latest criteria. */
export async function createYearFromPrevious(
  s: Session,
  previousYearId: string,
  input: Omit<NewYearInput, 'settings'>,
): Promise<YearRow> {
  const { db } = s
  return writeTransaction(s, [db.years, db.units, db.criteria], async (w) => {
    const prev = await requireYear(db, previousYearId)
    const prevUnits = await db.units.where('yearId').equals(prev.id).toArray()
    const units = prevUnits
      .filter((u) => !u.retired)
      .map(({ id: _id, yearId: _y, templateIssuedAt: _t, importProblem: _p, ...rest }) => rest)
    const criteria = (await latestCriteria(db, prev.id)).map((c) => c.sheet)
    // The previous year's recorded 完成/未完成 becomes a past outcome of the new year, so
    // 第二十条 can count three years running. The new roster has new ids, so names match
    // (PastRecords falls back to the name); the first record of a year wins, so these lead.
    const names = new Map(prevUnits.map((u) => [u.id, u.name]))
    const judged = (prev.targetJudgements ?? []).map((j) => ({
      year: prev.year,
      unitId: j.unitId,
      unitName: names.get(j.unitId) ?? j.unitId,
      targetsCompleted: j.completed,
    }))
    const past = [...judged, ...prev.pastOutcomes]
    const carried = { ...input, settings: prev.settings, pastOutcomes: past }
    return insertYear(db, w, carried, { units, criteria }, 'previous')
  })
}

/** 年度设置: the rules of the year (SPEC §2), checked by the domain's schema. */
export async function updateYearSettings(
  s: Session,
  yearId: string,
  settings: YearSettingsInput,
  reason = '',
): Promise<YearRow> {
  const parsed = YearSettingsSchema.safeParse(settings)
  if (!parsed.success) {
    throw new StoreError('invalid-input', describeIssues(parsed.error).join('；'))
  }
  const { db } = s
  return writeTransaction(s, [db.years], async (w) => {
    const old = await requireUnlockedYear(db, yearId)
    const next = withDerivedTitle({ ...old, settings: parsed.data })
    await db.years.put(next)
    await w.record({
      yearId,
      entity: 'settings',
      entityId: yearId,
      action: 'edit',
      oldValue: old.settings,
      newValue: parsed.data,
      reason: reason.trim(),
    })
    return next
  })
}

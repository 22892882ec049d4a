/**
 * 单位名册: the assessed units of a year. Units are retired, not deleted, because scores,
 * submissions and history refer to them; a retired unit drops out of new work but its past
 * stays explainable. Names are unique within a year (both sequences), as documents use them.
 */
import { UnitEntrySchema, describeIssues, type Unit } from '../../domain'
import type { AssessmentDB } from '../core/database'
import { StoreError } from '../core/errors'
import { requireFound, requireReason, requireUnlockedYear } from '../core/guards'
import { newId } from '../core/ids'
import type { UnitRow } from '../core/rows'
import { writeTransaction, type Session } from '../core/session'

/** A unit as the roster form or the Excel roster gives it; the store assigns the id. */
export type UnitInput = Omit<Unit, 'id' | 'retired'>

/** Checks a unit against the domain's schema; the messages name the field in Chinese. */
function checkUnit(candidate: Unit): Unit {
  const parsed = UnitEntrySchema.safeParse(candidate)
  if (!parsed.success) {
    const where = candidate.name ? `单位“${candidate.name}”：` : ''
    throw new StoreError('invalid-input', where + describeIssues(parsed.error).join('；'))
  }
  return parsed.data
}

export interface UnitListOptions {
  sequence?: string
  includeRetired?: boolean
}

export async function listUnits(
  db: AssessmentDB,
  yearId: string,
  options: UnitListOptions = {},
): Promise<UnitRow[]> {
  const rows =
    options.sequence === undefined
      ? await db.units.where('yearId').equals(yearId).toArray()
      : await db.units.where('[yearId+sequence]').equals([yearId, options.sequence]).toArray()
  return rows
    .filter((u) => options.includeRetired || !u.retired)
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
}

/** How many units a year's roster holds, retired ones included. */
export const countUnits = (db: AssessmentDB, yearId: string): Promise<number> =>
  db.units.where('yearId').equals(yearId).count()

async function requireUniqueName(
  db: AssessmentDB,
  yearId: string,
  name: string,
  exceptId?: string,
): Promise<void> {
  const clash = await db.units
    .where('yearId')
    .equals(yearId)
    .filter((u) => u.name === name && u.id !== exceptId)
    .first()
  if (clash) throw new StoreError('duplicate', `名册中已有名为“${name}”的单位。`)
}

function cleanName(name: string): string {
  const n = name.trim()
  if (n === '') throw new StoreError('invalid-input', '单位名称不能为空。')
  return n
}

export async function addUnit(s: Session, yearId: string, input: UnitInput): Promise<UnitRow> {
  const { db } = s
  return writeTransaction(s, [db.years, db.units], async (w) => {
    await requireUnlockedYear(db, yearId)
    const unit = checkUnit({
      ...input,
      name: cleanName(input.name),
      id: newId('unit'),
      retired: false,
    })
    await requireUniqueName(db, yearId, unit.name)
    const row: UnitRow = { ...unit, yearId }
    await db.units.add(row)
    await w.added('unit', row)
    return row
  })
}

export async function updateUnit(
  s: Session,
  unitId: string,
  changes: Partial<UnitInput>,
  reason = '',
): Promise<UnitRow> {
  const { db } = s
  return writeTransaction(s, [db.years, db.units, db.submissions, db.scores], async (w) => {
    const old = requireFound(await db.units.get(unitId), '单位')
    await requireUnlockedYear(db, old.yearId)
    if (changes.sequence !== undefined && changes.sequence !== old.sequence) {
      await requireNoWork(db, old)
    }
    const { yearId: _y, templateIssuedAt: _t, importProblem: _p, ...oldUnit } = old
    const unit = checkUnit({
      ...oldUnit,
      ...changes,
      id: old.id,
      name: cleanName(changes.name ?? old.name),
    })
    const next: UnitRow = { ...old, ...unit }
    if (next.name !== old.name) await requireUniqueName(db, old.yearId, next.name, old.id)
    await db.units.put(next)
    await w.replaced('unit', 'edit', old, next, reason)
    return next
  })
}

/**
 * A unit's returned file and scores answer its own sequence's sheet: moved to the other
 * sequence, its items would not be in that sheet and the year would no longer check. The form
 * and the roster import say so first; this keeps every other caller to the same rule.
 */
async function requireNoWork(db: AssessmentDB, unit: UnitRow): Promise<void> {
  const key = [unit.yearId, unit.id]
  const work =
    (await db.submissions.where('[yearId+unitId]').equals(key).count()) +
    (await db.scores.where('[yearId+unitId]').equals(key).count())
  if (work > 0) {
    throw new StoreError(
      'invalid-input',
      `单位“${unit.name}”已有自查材料或评分，不能改换序列（确需调整时，请撤销该单位，再在另一序列新增）`,
    )
  }
}

/** Retire (or, with `retired: false`, reinstate) a unit; a reason is required either way. */
export async function setUnitRetired(
  s: Session,
  unitId: string,
  retired: boolean,
  reason: string,
): Promise<UnitRow> {
  const why = requireReason(reason, retired ? '撤销单位' : '恢复单位')
  const { db } = s
  return writeTransaction(s, [db.years, db.units], async (w) => {
    const old = requireFound(await db.units.get(unitId), '单位')
    await requireUnlockedYear(db, old.yearId)
    const next = { ...old, retired }
    await db.units.put(next)
    await w.record({
      yearId: old.yearId,
      entity: 'unit',
      entityId: unitId,
      action: retired ? 'retire' : 'reinstate',
      oldValue: { retired: old.retired },
      newValue: { retired },
      reason: why,
    })
    return next
  })
}

/**
 * An imported roster (Excel): every unit added in one transaction, or none when any one is
 * malformed or its name is already taken — the message names that unit.
 */
export async function addUnits(
  s: Session,
  yearId: string,
  inputs: readonly UnitInput[],
): Promise<UnitRow[]> {
  const { db } = s
  return writeTransaction(s, [db.years, db.units], async (w) => {
    await requireUnlockedYear(db, yearId)
    const taken = new Set(
      (await db.units.where('yearId').equals(yearId).toArray()).map((u) => u.name),
    )
    const rows: UnitRow[] = []
    for (const input of inputs) {
      const unit = checkUnit({
        ...input,
        name: cleanName(input.name),
        id: newId('unit'),
        retired: false,
      })
      if (taken.has(unit.name)) {
        throw new StoreError(
          'duplicate',
          `名册中已有名为“${unit.name}”的单位，本次导入未做任何修改。`,
        )
      }
      taken.add(unit.name)
      rows.push({ ...unit, yearId })
    }
    await db.units.bulkAdd(rows)
    await w.record({
      yearId,
      entity: 'roster',
      entityId: '',
      action: 'import',
      oldValue: null,
      newValue: rows.map((r) => ({ id: r.id, name: r.name, sequence: r.sequence })),
      reason: '',
    })
    return rows
  })
}

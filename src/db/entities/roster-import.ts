/**
 * A roster from Excel against the roster in the store: which rows are new units, which change an
 * existing unit, which are the same. The page shows this plan before anything is written, and
 * `importRoster` applies it — recomputed inside the transaction, so a roster edited meanwhile
 * is not overwritten from a stale preview. Units missing from the file are left as they are: a
 * partial list must never retire anyone.
 */
import Dexie from 'dexie'
import { canonicalJson, UnitEntrySchema, describeIssues, type Unit } from '../../domain'
import type { AssessmentDB } from '../core/database'
import { StoreError } from '../core/errors'
import { requireUnlockedYear } from '../core/guards'
import { newId } from '../core/ids'
import type { UnitRow } from '../core/rows'
import { writeTransaction, type Session } from '../core/session'

/** The unit fields a roster file carries, in the order the preview names them. */
export const ROSTER_FIELDS = ['name', 'sequence', 'kind', 'leaders', 'contact', 'retired'] as const
export type RosterField = (typeof ROSTER_FIELDS)[number]

export interface RosterChange {
  /** Position of the row in the incoming list. */
  index: number
  before: UnitRow
  after: UnitRow
  fields: RosterField[]
}

export interface RosterPlan {
  /** New units, by position in the incoming list; their ids are assigned on import. */
  added: { index: number; unit: Unit }[]
  changed: RosterChange[]
  unchanged: number
  /** Units of the year the file does not mention: kept unchanged. */
  untouched: UnitRow[]
  /** Rows that cannot be applied; any one of them refuses the whole file. */
  refused: { index: number; message: string }[]
}

const sameField = (a: UnitRow | Unit, b: Unit, f: RosterField) =>
  canonicalJson(a[f]) === canonicalJson(b[f])

/**
 * Matches each incoming unit to the year's units: by id first (a roster exported from this
 * year carries the ids), then by name (a roster from last year or typed by hand).
 */
export function planRosterImport(
  existing: readonly UnitRow[],
  incoming: readonly Unit[],
  /** Units with submissions or scores: their items belong to their sequence's sheet. */
  withWork: ReadonlySet<string> = new Set(),
): RosterPlan {
  const byId = new Map(existing.map((u) => [u.id, u]))
  const byName = new Map(existing.map((u) => [u.name, u]))
  const plan: RosterPlan = { added: [], changed: [], unchanged: 0, untouched: [], refused: [] }
  const claimed = new Map<string, number>()
  const finalNames = new Map(existing.map((u) => [u.id, u.name]))
  const newNames = new Map<string, number>()

  incoming.forEach((raw, index) => {
    const parsed = UnitEntrySchema.safeParse({ ...raw, name: raw.name.trim() })
    if (!parsed.success) {
      plan.refused.push({ index, message: describeIssues(parsed.error).join('；') })
      return
    }
    const unit = parsed.data
    const match = byId.get(unit.id) ?? byName.get(unit.name)
    if (!match) {
      const earlier = newNames.get(unit.name)
      if (earlier !== undefined) {
        plan.refused.push({ index, message: `单位“${unit.name}”在文件中出现了两次` })
        return
      }
      newNames.set(unit.name, index)
      plan.added.push({ index, unit })
      return
    }
    if (claimed.has(match.id)) {
      plan.refused.push({ index, message: `与前面一行是同一单位“${match.name}”` })
      return
    }
    claimed.set(match.id, index)
    if (unit.sequence !== match.sequence && withWork.has(match.id)) {
      plan.refused.push({
        index,
        message: `单位“${match.name}”已有自查材料或评分，不能改换序列（确需调整时，请撤销该单位，再在另一序列新增）`,
      })
      return
    }
    const fields = ROSTER_FIELDS.filter((f) => !sameField(match, unit, f))
    if (fields.length === 0) {
      plan.unchanged++
      return
    }
    const after: UnitRow = {
      ...match,
      name: unit.name,
      sequence: unit.sequence,
      kind: unit.kind,
      leaders: unit.leaders,
      contact: unit.contact,
      retired: unit.retired,
    }
    finalNames.set(match.id, unit.name)
    plan.changed.push({ index, before: match, after, fields })
  })

  // Names stay unique in the year once everything is applied (documents name units). Counted,
  // not looked up: which of two clashing units is seen last depends on their random ids.
  const holders = new Map<string, number>()
  for (const name of finalNames.values()) holders.set(name, (holders.get(name) ?? 0) + 1)
  for (const c of plan.changed) {
    if ((holders.get(c.after.name) ?? 0) > 1) {
      plan.refused.push({ index: c.index, message: `名册中已有名为“${c.after.name}”的单位` })
    }
  }
  for (const a of plan.added) {
    if (holders.has(a.unit.name)) {
      plan.refused.push({ index: a.index, message: `名册中已有名为“${a.unit.name}”的单位` })
    }
  }
  plan.refused.sort((a, b) => a.index - b.index)
  plan.untouched = existing.filter((u) => !claimed.has(u.id))
  return plan
}

export interface RosterImportResult {
  added: UnitRow[]
  changed: UnitRow[]
  unchanged: number
}

/**
 * Applies a roster file: every new unit and every change in one transaction, each with its own
 * history entry (so a single unit's change can be undone), or nothing at all.
 */
export async function importRoster(
  s: Session,
  yearId: string,
  incoming: readonly Unit[],
  fileName: string,
): Promise<RosterImportResult> {
  const { db } = s
  const reason = `从 Excel 导入名册：${fileName}`
  return writeTransaction(s, [db.years, db.units, db.submissions, db.scores], async (w) => {
    await requireUnlockedYear(db, yearId)
    const existing = await yearUnits(db, yearId)
    const plan = planRosterImport(existing, incoming, await unitsWithWork(db, yearId))
    const first = plan.refused[0]
    if (first) {
      throw new StoreError(
        'invalid-input',
        `第 ${first.index + 1} 个单位：${first.message}。本次导入未做任何修改。`,
      )
    }
    const added: UnitRow[] = plan.added.map(({ unit }) => ({ ...unit, id: newId('unit'), yearId }))
    await db.units.bulkAdd(added)
    for (const row of added) {
      await w.added('unit', row, reason)
    }
    for (const c of plan.changed) {
      await db.units.put(c.after)
      await w.replaced('unit', 'edit', c.before, c.after, reason)
    }
    return { added, changed: plan.changed.map((c) => c.after), unchanged: plan.unchanged }
  })
}

/** Every unit of the year, retired ones included: the file may reinstate or rename them. */
export async function yearUnits(db: AssessmentDB, yearId: string): Promise<UnitRow[]> {
  return db.units.where('yearId').equals(yearId).toArray()
}

/** Units of the year that have a returned file or a reviewer's score (keys only, no rows read). */
export async function unitsWithWork(db: AssessmentDB, yearId: string): Promise<Set<string>> {
  const range = (t: typeof db.submissions | typeof db.scores) =>
    t.where('[yearId+unitId]').between([yearId, Dexie.minKey], [yearId, Dexie.maxKey]).uniqueKeys()
  const keys = [...(await range(db.submissions)), ...(await range(db.scores))]
  return new Set(keys.map((k) => String((k as unknown as [string, string])[1])))
}

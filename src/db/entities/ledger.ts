/**
 * 问题台账 (SPEC §2 step 6, seed 004): flagged ecological problems per unit with their
 * deduction. Entries are withdrawn by marking them `removed`, never deleted, for the history.
 */
import {
  compareLedgerEntries,
  describeIssues,
  LEDGER_KINDS,
  LedgerEntrySchema,
  type LedgerKind,
} from '../../domain'
import type { AssessmentDB } from '../core/database'
import { StoreError } from '../core/errors'
import { requireFound, requireReason, requireUnlockedYear } from '../core/guards'
import { newId } from '../core/ids'
import type { LedgerRow } from '../core/rows'
import { writeTransaction, type Session } from '../core/session'

export interface LedgerInput {
  yearId: string
  unitId: string
  /** The deduction follows from the kind (LEDGER_KIND_INFO): −10 or −5. */
  kind: LedgerKind
  description: string
}

export async function addLedgerEntry(s: Session, input: LedgerInput): Promise<LedgerRow> {
  if (!(LEDGER_KINDS as readonly string[]).includes(input.kind)) {
    throw new StoreError('invalid-input', '请选择问题类别。')
  }
  const description = input.description.trim()
  if (description === '') throw new StoreError('invalid-input', '请填写问题描述。')
  const { db } = s
  return writeTransaction(s, [db.years, db.units, db.ledger], async (w) => {
    await requireUnlockedYear(db, input.yearId)
    const unit = requireFound(await db.units.get(input.unitId), '单位')
    if (unit.yearId !== input.yearId) throw new StoreError('not-found', '该单位不属于此年度。')
    const row: LedgerRow = {
      id: newId('ledger'),
      yearId: input.yearId,
      unitId: input.unitId,
      kind: input.kind,
      description,
      at: w.at,
      by: w.who,
      removed: false,
    }
    await db.ledger.add(row)
    await w.added('ledger', row)
    return row
  })
}

/** One problem of an imported ledger workbook, already checked row by row by src/excel. */
export interface LedgerImportEntry {
  unitId: string
  kind: LedgerKind
  description: string
  /** `2026-03-15` */
  date: string
  source: string
  /**
   * The entry's row in the workbook (1-based); without it, its place in `entries` counts.
   * Entries of one import share one time, so this is what keeps the file's order.
   */
  row?: number
}

/**
 * A ledger workbook's problems: all of them or none (one transaction), each with its own
 * history entry (so each can be withdrawn or undone alone) naming the file it came from.
 */
export async function importLedgerEntries(
  s: Session,
  yearId: string,
  fileName: string,
  entries: readonly LedgerImportEntry[],
): Promise<LedgerRow[]> {
  if (entries.length === 0) throw new StoreError('invalid-input', `${fileName}：没有可导入的问题。`)
  const { db } = s
  return writeTransaction(s, [db.years, db.units, db.ledger], async (w) => {
    await requireUnlockedYear(db, yearId)
    const out: LedgerRow[] = []
    for (const [i, e] of entries.entries()) {
      if (!(LEDGER_KINDS as readonly string[]).includes(e.kind)) {
        throw new StoreError('invalid-input', `${fileName}：问题类别不正确。`)
      }
      const unit = requireFound(await db.units.get(e.unitId), '单位')
      if (unit.yearId !== yearId) {
        throw new StoreError('not-found', `${fileName}：单位“${unit.name}”不属于此年度。`)
      }
      const row: LedgerRow = {
        id: newId('ledger'),
        yearId,
        unitId: e.unitId,
        kind: e.kind,
        description: requireText(e.description, fileName, '问题描述'),
        date: e.date,
        source: requireText(e.source, fileName, '来源文件'),
        fileRow: e.row ?? i + 1,
        at: w.at,
        by: w.who,
        removed: false,
      }
      const checked = LedgerEntrySchema.safeParse(row)
      if (!checked.success) {
        const why = describeIssues(checked.error).join('；')
        throw new StoreError('invalid-input', `${fileName}：${unit.name} ${why}`)
      }
      await db.ledger.add(row)
      await w.record({
        yearId,
        entity: 'ledger',
        entityId: row.id,
        // An add like one typed in, so withdrawing and undoing work the same; the reason names the file.
        action: 'add',
        oldValue: null,
        newValue: row,
        reason: `导入问题台账 ${fileName}`,
      })
      out.push(row)
    }
    return out
  })
}

function requireText(v: string, fileName: string, label: string): string {
  const t = v.trim()
  if (t === '') throw new StoreError('invalid-input', `${fileName}：${label}不能为空。`)
  return t
}

export async function removeLedgerEntry(s: Session, id: string, reason: string): Promise<void> {
  const why = requireReason(reason, '撤销台账记录')
  const { db } = s
  await writeTransaction(s, [db.years, db.ledger], async (w) => {
    const old = requireFound(await db.ledger.get(id), '台账记录')
    await requireUnlockedYear(db, old.yearId)
    if (old.removed) return
    await db.ledger.put({ ...old, removed: true })
    await w.replaced('ledger', 'remove', old, { ...old, removed: true }, why)
  })
}

export async function listLedger(
  db: AssessmentDB,
  yearId: string,
  unitId?: string,
): Promise<LedgerRow[]> {
  const rows =
    unitId === undefined
      ? await db.ledger.where('yearId').equals(yearId).toArray()
      : await db.ledger.where('[yearId+unitId]').equals([yearId, unitId]).toArray()
  return rows.filter((r) => !r.removed).sort(compareLedgerEntries)
}

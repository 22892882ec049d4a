/**
 * 问题台账 (SPEC §2 step 6, seed 004): flagged ecological problems per unit with their
 * deduction. Entries are withdrawn by marking them `removed`, never deleted, for the history.
 */
import { LEDGER_KINDS, type LedgerKind } from '../../domain'
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
  return rows.filter((r) => !r.removed).sort((a, b) => a.at.localeCompare(b.at))
}

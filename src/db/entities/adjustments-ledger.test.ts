import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { addAdjustment, listAdjustments, removeAdjustment } from './adjustments'
import { isStoreError } from '../core/errors'
import { listHistory } from '../core/history'
import { addLedgerEntry, listLedger, removeLedgerEntry } from './ledger'
import { listUnits } from './roster'
import { testSession, testYear } from '../core/test-support'

const codeOf = (e: unknown) => (isStoreError(e) ? e.code : String(e))

describe('re-check adjustments', () => {
  it('records an adjustment with reason and supervision reference, and withdraws it', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const [unit] = await listUnits(s.db, y.id)
    const adj = await addAdjustment(s, {
      yearId: y.id,
      unitId: unit!.id,
      itemCode: 'A1',
      delta: -150,
      reason: '日常监管发现台账不全',
      supervisionRef: '督查通报〔2026〕5号',
    })
    expect(await listAdjustments(s.db, y.id, unit!.id)).toEqual([adj])
    await removeAdjustment(s, adj.id, '复核后撤回')
    expect(await listAdjustments(s.db, y.id)).toEqual([])
    const h = await listHistory(s.db, { entity: 'adjustment', entityId: adj.id })
    expect(h.map((e) => [e.action, e.reason])).toEqual([
      ['remove', '复核后撤回'],
      ['add', '日常监管发现台账不全'],
    ])
  })

  it('refuses a missing reason, a zero or fractional delta, and a unit of another year', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const other = await testYear(s, 2025)
    const [unit] = await listUnits(s.db, other.id)
    const base = { yearId: y.id, unitId: unit!.id, itemCode: null, delta: 100, reason: '理由' }
    expect(codeOf(await addAdjustment(s, { ...base, reason: ' ' }).catch((e) => e))).toBe(
      'reason-required',
    )
    expect(codeOf(await addAdjustment(s, { ...base, delta: 0 }).catch((e) => e))).toBe(
      'invalid-input',
    )
    expect(codeOf(await addAdjustment(s, { ...base, delta: 1.5 }).catch((e) => e))).toBe(
      'invalid-input',
    )
    expect(codeOf(await addAdjustment(s, base).catch((e) => e))).toBe('not-found')
    expect(await s.db.adjustments.count()).toBe(0)
  })
})

describe('problem ledger', () => {
  it('adds and withdraws entries, history kept', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const [unit] = await listUnits(s.db, y.id)
    const e = await addLedgerEntry(s, {
      yearId: y.id,
      unitId: unit!.id,
      kind: 'nationalFilmTypical',
      description: '警示片典型案例：河道违规采砂',
    })
    expect(await listLedger(s.db, y.id, unit!.id)).toEqual([e])
    expect(codeOf(await removeLedgerEntry(s, e.id, '').catch((x) => x))).toBe('reason-required')
    await removeLedgerEntry(s, e.id, '经核实不属于本辖区')
    expect(await listLedger(s.db, y.id)).toEqual([])
    expect(await s.db.ledger.count()).toBe(1)
    expect(
      codeOf(
        await addLedgerEntry(s, { ...e, kind: 'film' as 'nationalFilmTypical' }).catch((x) => x),
      ),
    ).toBe('invalid-input')
  })
})

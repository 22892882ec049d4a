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

describe('re-check adjustments stay on the 百分制', () => {
  it('refuses an adjustment that takes the total above 100 or below 0, naming the figures', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const [unit] = await listUnits(s.db, y.id)
    // No reviewer score yet: the items add up to 0.00.
    const base = { yearId: y.id, unitId: unit!.id, itemCode: null, reason: '复核' }
    const first = await addAdjustment(s, { ...base, delta: 9500 })
    const over = await addAdjustment(s, { ...base, delta: 501 }).catch((e: unknown) => e)
    expect(codeOf(over)).toBe('invalid-input')
    expect((over as Error).message).toBe(
      `${unit!.name}复核调整后总分为 100.01 分（各项得分合计 0.00 分，总分调整合计 +100.01 分），超过 100 分，超出百分制，不能记录这笔 +5.01 分的调整。`,
    )
    const under = await addAdjustment(s, { ...base, delta: -9501 }).catch((e: unknown) => e)
    expect((under as Error).message).toContain('复核调整后总分为 -0.01 分')
    expect((under as Error).message).toContain('低于 0 分')
    expect(await listAdjustments(s.db, y.id)).toEqual([first])
    // Exactly 100.00 stands.
    await addAdjustment(s, { ...base, delta: 500 })
    expect((await listAdjustments(s.db, y.id)).map((a) => a.delta)).toEqual([9500, 500])
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

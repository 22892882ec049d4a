import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { computeResults } from '../../domain'
import { isStoreError } from '../core/errors'
import { listHistory } from '../core/history'
import { exportYearPackage, loadYearPackage, restorePackageAsNew } from '../transfer/package'
import { listUnits } from './roster'
import { listTargetJudgements, recordTargetJudgement } from './target-judgements'
import { testSession, testYear } from '../core/test-support'
import { createYearFromPrevious } from './years'

describe('第二十条: recorded 完成/未完成 per unit and year', () => {
  it('records, replaces with history, travels in the package and survives a restore', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const [unit] = await listUnits(s.db, y.id)
    const base = { yearId: y.id, unitId: unit!.id }
    const blank = await recordTargetJudgement(s, { ...base, completed: false, reason: ' ' }).catch(
      (e: unknown) => e,
    )
    expect(isStoreError(blank) && blank.code).toBe('reason-required')
    await recordTargetJudgement(s, { ...base, completed: true, reason: '按期完成' })
    await recordTargetJudgement(s, { ...base, completed: false, reason: '水源地整治未完成' })
    expect(
      (await listTargetJudgements(s.db, y.id)).map((j) => [j.unitId, j.completed, j.reason]),
    ).toEqual([[unit!.id, false, '水源地整治未完成']])
    const h = await listHistory(s.db, { entity: 'target', entityId: unit!.id })
    expect(h.map((e) => [e.action, e.reason])).toEqual([
      ['edit', '水源地整治未完成'],
      ['add', '按期完成'],
    ])

    const pkg = await loadYearPackage(s.db, y.id)
    expect(pkg.targetJudgements.map((j) => [j.unitId, j.completed])).toEqual([[unit!.id, false]])

    // Restored into a store where the ids are taken: the judgement follows its unit's new id.
    const restored = await restorePackageAsNew(s, (await exportYearPackage(s.db, y.id)).text)
    const [copy] = await listUnits(s.db, restored.id)
    expect(copy!.id).not.toBe(unit!.id)
    expect(
      (await listTargetJudgements(s.db, restored.id)).map((j) => [j.unitId, j.completed, j.reason]),
    ).toEqual([[copy!.id, false, '水源地整治未完成']])
  })

  it('becomes a past outcome of the next year, so three recorded 未完成 years flag 问责', async () => {
    const s = await testSession()
    const y2024 = await testYear(s, 2024)
    const [u2024] = await listUnits(s.db, y2024.id)
    await recordTargetJudgement(s, {
      yearId: y2024.id,
      unitId: u2024!.id,
      completed: false,
      reason: '未完成',
    })
    const y2025 = await createYearFromPrevious(s, y2024.id, { year: 2025 })
    const [u2025] = await listUnits(s.db, y2025.id)
    await recordTargetJudgement(s, {
      yearId: y2025.id,
      unitId: u2025!.id,
      completed: false,
      reason: '未完成',
    })
    const y2026 = await createYearFromPrevious(s, y2025.id, { year: 2026 })
    const [u2026] = await listUnits(s.db, y2026.id)
    const flagged = async () =>
      computeResults(await loadYearPackage(s.db, y2026.id))
        .sequences.flatMap((q) => q.units)
        .find((u) => u.unitId === u2026!.id)!.accountability
    // Two years recorded, this one not yet: the app does not decide it.
    expect(await flagged()).toBe(false)
    await recordTargetJudgement(s, {
      yearId: y2026.id,
      unitId: u2026!.id,
      completed: false,
      reason: '未完成',
    })
    expect(await flagged()).toBe(true)
    const past = (await loadYearPackage(s.db, y2026.id)).pastOutcomes
    expect(past.map((p) => [p.year, p.unitName, p.targetsCompleted])).toEqual([
      [2025, u2025!.name, false],
      [2024, u2024!.name, false],
    ])
  })
})

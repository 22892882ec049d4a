import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { defaultTownshipCriteria, type CriteriaSheet } from '../../domain'
import { criteriaVersions, currentCriteria, saveCriteria } from './criteria'
import { criteriaDraft, saveCriteriaDraft } from './criteria-draft'
import { isStoreError } from '../core/errors'
import { listHistory } from '../core/history'
import { loadYearPackage } from '../transfer/package'
import { listUnits } from './roster'
import { importSubmissions } from './submissions'
import { selfAssessment, testSession, testYear } from '../core/test-support'

/** The default township sheet with item 1.1 worth `max` hundredths. */
function withFirstItemMax(max: number): CriteriaSheet {
  const sheet = defaultTownshipCriteria()
  sheet.categories[0]!.items[0]!.max = max
  return sheet
}

/** The default township sheet, still 100.00, with 1 point moved from item 1.2 to item 1.1. */
function withPointMoved(): CriteriaSheet {
  const sheet = defaultTownshipCriteria()
  sheet.categories[0]!.items[0]!.max += 100
  sheet.categories[0]!.items[1]!.max -= 100
  return sheet
}

describe('criteria versions', () => {
  it('edits in place while nobody has submitted', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const sheet = withPointMoved()
    const r = await saveCriteria(s, y.id, 'township', sheet)
    expect(r.newVersion).toBe(false)
    expect((await criteriaVersions(s.db, y.id, 'township')).map((c) => c.version)).toEqual([1])
    expect((await currentCriteria(s.db, y.id, 'township'))?.sheet).toEqual(sheet)
    const [h] = await listHistory(s.db, { entity: 'criteria', entityId: 'township' })
    expect(h).toMatchObject({ action: 'edit', oldValue: { version: 1 }, newValue: { version: 1 } })
  })

  it('never makes a sheet that does not total 100.00 a version, naming the total', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const before = await currentCriteria(s.db, y.id, 'township')
    for (const [max, said] of [
      [500, '各项满分合计 101.00 分，应为 100.00 分（多 1.00 分）'],
      [399, '各项满分合计 99.99 分，应为 100.00 分（少 0.01 分）'],
    ] as const) {
      const e = await saveCriteria(s, y.id, 'township', withFirstItemMax(max)).catch((x) => x)
      expect(isStoreError(e) && e.code).toBe('invalid-input')
      expect((e as Error).message).toContain(said)
    }
    expect(await currentCriteria(s.db, y.id, 'township')).toEqual(before)
    expect(await listHistory(s.db, { entity: 'criteria', entityId: 'township' })).toEqual([])
  })

  it('keeps work in progress as a draft that the versions never see, until it is saved', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const before = await currentCriteria(s.db, y.id, 'township')
    const draft = await saveCriteriaDraft(s, y.id, 'township', withFirstItemMax(500))
    expect((await criteriaDraft(s.db, y.id, 'township'))?.sheet).toEqual(draft.sheet)
    expect(await criteriaDraft(s.db, y.id, 'department')).toBeUndefined()
    // Templates, scoring and ranking read the versions: still the sheet of 100.00.
    expect(await currentCriteria(s.db, y.id, 'township')).toEqual(before)
    expect((await loadYearPackage(s.db, y.id)).criteria.township).toEqual(before!.sheet)

    await saveCriteria(s, y.id, 'township', withFirstItemMax(400))
    expect(await criteriaDraft(s.db, y.id, 'township')).toBeUndefined()
  })

  it('refuses a malformed sheet with a Chinese message naming the field', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const bad = withFirstItemMax(-100)
    const e = await saveCriteria(s, y.id, 'township', bad).catch((x) => x)
    expect(isStoreError(e) && e.code).toBe('invalid-input')
    expect((e as Error).message).toContain('满分：不能为负数')
  })

  it('after submissions, makes a flagged new version and demands a note', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const [unit] = await listUnits(s.db, y.id, { sequence: 'township' })
    await importSubmissions(s, y.id, [selfAssessment(unit!.id, { '1.1': 400 })])

    const refused = await saveCriteria(s, y.id, 'township', withPointMoved()).catch((e) => e)
    expect(isStoreError(refused) && refused.code).toBe('reason-required')

    const r = await saveCriteria(s, y.id, 'township', withPointMoved(), '调整1.1分值')
    expect(r).toMatchObject({ newVersion: true, row: { version: 2, flagged: true } })
    expect(r.row.sheet.version).toBe(2)
    const versions = await criteriaVersions(s.db, y.id, 'township')
    expect(versions.map((v) => [v.version, v.flagged])).toEqual([
      [1, false],
      [2, true],
    ])
    // The other sequence has no submissions: still drafted in place.
    const d = await saveCriteria(s, y.id, 'department', {
      ...(await currentCriteria(s.db, y.id, 'department'))!.sheet,
      title: '县级部门细则（修订）',
    })
    expect(d.row.version).toBe(1)
  })
})

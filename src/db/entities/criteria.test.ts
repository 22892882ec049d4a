import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { defaultTownshipCriteria, type CriteriaSheet } from '../../domain'
import { criteriaVersions, currentCriteria, saveCriteria } from './criteria'
import { isStoreError } from '../core/errors'
import { listHistory } from '../core/history'
import { listUnits } from './roster'
import { importSubmissions } from './submissions'
import { selfAssessment, testSession, testYear } from '../core/test-support'

/** The default township sheet with item 1.1 worth `max` hundredths. */
function withFirstItemMax(max: number): CriteriaSheet {
  const sheet = defaultTownshipCriteria()
  sheet.categories[0]!.items[0]!.max = max
  return sheet
}

describe('criteria versions', () => {
  it('edits in place while nobody has submitted, and reports a total that is not 100', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const r = await saveCriteria(s, y.id, 'township', withFirstItemMax(300))
    expect(r.newVersion).toBe(false)
    expect(r.problems.join()).toContain('应为 100.00 分（少 1.00 分）')
    expect((await criteriaVersions(s.db, y.id, 'township')).map((c) => c.version)).toEqual([1])
    expect((await currentCriteria(s.db, y.id, 'township'))?.sheet).toEqual(withFirstItemMax(300))
    const [h] = await listHistory(s.db, { entity: 'criteria', entityId: 'township' })
    expect(h).toMatchObject({ action: 'edit', oldValue: { version: 1 }, newValue: { version: 1 } })

    const back = await saveCriteria(s, y.id, 'township', withFirstItemMax(400))
    expect(back.problems).toEqual([])
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

    const refused = await saveCriteria(s, y.id, 'township', withFirstItemMax(500)).catch((e) => e)
    expect(isStoreError(refused) && refused.code).toBe('reason-required')

    const r = await saveCriteria(s, y.id, 'township', withFirstItemMax(500), '调整1.1分值')
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

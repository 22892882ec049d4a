import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { criteriaVersions, currentCriteria, saveCriteria } from './criteria'
import { isStoreError } from './errors'
import { listHistory } from './history'
import { listUnits } from './roster'
import { importSubmissions } from './submissions'
import { testSession, testYear } from './test-support'

describe('criteria versions', () => {
  it('edits in place while nobody has submitted', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const r = await saveCriteria(s, y.id, 'township', { items: [{ code: 'A1', max: 800 }] })
    expect(r.newVersion).toBe(false)
    expect((await criteriaVersions(s.db, y.id, 'township')).map((c) => c.version)).toEqual([1])
    expect((await currentCriteria(s.db, y.id, 'township'))?.sheet).toEqual({
      items: [{ code: 'A1', max: 800 }],
    })
    const [h] = await listHistory(s.db, { entity: 'criteria', entityId: `${y.id}|township` })
    expect(h).toMatchObject({ action: 'edit', oldValue: { version: 1 }, newValue: { version: 1 } })
  })

  it('after submissions, makes a flagged new version and demands a note', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const [unit] = await listUnits(s.db, y.id, { sequence: 'township' })
    await importSubmissions(s, y.id, [{ unitId: unit!.id, fileName: '青山镇.xlsx', data: {} }])

    const refused = await saveCriteria(s, y.id, 'township', { items: [] }).catch((e) => e)
    expect(isStoreError(refused) && refused.code).toBe('reason-required')

    const r = await saveCriteria(s, y.id, 'township', { items: [] }, '调整A1分值')
    expect(r).toMatchObject({ newVersion: true, row: { version: 2, flagged: true } })
    const versions = await criteriaVersions(s.db, y.id, 'township')
    expect(versions.map((v) => [v.version, v.flagged])).toEqual([
      [1, false],
      [2, true],
    ])
    // The other sequence has no submissions: still drafted in place.
    const d = await saveCriteria(s, y.id, 'department', { items: [] })
    expect(d.row.version).toBe(1)
  })
})

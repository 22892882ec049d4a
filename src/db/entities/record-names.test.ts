import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { testSession, testYear } from '../core/test-support'
import { recordNames } from './record-names'
import { addReviewer, retireReviewer } from './reviewers'
import { countUnits, listUnits, setUnitRetired } from './roster'
import { countYears } from './years'

describe('recordNames', () => {
  it('names every year, and the units and reviewers of the year asked for, retired ones too', async () => {
    const s = await testSession()
    const a = await testYear(s, 2025)
    const b = await testYear(s, 2026)
    const [first] = await listUnits(s.db, a.id)
    await setUnitRetired(s, first!.id, true, '撤并')
    const reviewer = await addReviewer(s, a.id, '张三')
    await retireReviewer(s, reviewer.id, '调离')

    const names = await recordNames(s.db, a.id)
    const units = await listUnits(s.db, a.id, { includeRetired: true })
    expect([...names].sort()).toEqual(
      [
        [a.id, a.title],
        [b.id, b.title],
        ...units.map((u) => [u.id, u.name]),
        [reviewer.id, '张三'],
      ].sort(),
    )
    expect([...(await recordNames(s.db, null))].sort()).toEqual(
      [
        [a.id, a.title],
        [b.id, b.title],
      ].sort(),
    )
  })
})

describe('countYears, countUnits', () => {
  it('count the years of the store and the units of a roster, retired ones included', async () => {
    const s = await testSession()
    expect(await countYears(s.db)).toBe(0)
    const y = await testYear(s)
    const [first] = await listUnits(s.db, y.id)
    await setUnitRetired(s, first!.id, true, '撤并')
    expect(await countYears(s.db)).toBe(1)
    expect(await countUnits(s.db, y.id)).toBe(3)
  })
})

import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { selfAssessment, testSession, testYear } from '../core/test-support'
import { addAdjustment } from './adjustments'
import { approveYear } from './approval'
import { addReviewer } from './reviewers'
import { listUnits, setUnitRetired } from './roster'
import { setReviewerScores } from './scores'
import { importSubmissions, markTemplatesIssued } from './submissions'
import { criteriaItems, defaultDepartmentCriteria, defaultTownshipCriteria } from '../../domain'
import { cycleProgress } from '../../help'
import { readCycleFacts } from './cycle-facts'

const townshipItems = criteriaItems(defaultTownshipCriteria())
const departmentItems = criteriaItems(defaultDepartmentCriteria())

describe('readCycleFacts', () => {
  it('reads a year as the strip needs it, unit by unit, and follows each step of the cycle', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const units = await listUnits(s.db, y.id)
    const [qingshan, lvshui, bureau] = ['青山镇', '绿水街道', '县生态环境局'].map((n) =>
      units.find((u) => u.name === n)!,
    )
    const facts = async () => (await readCycleFacts(s.db, y.id))!
    const next = async () => cycleProgress(await facts()).find((x) => x.status === 'next')?.id

    const sorted = <T>(list: T[]) => list.map((u) => JSON.stringify(u)).sort()
    const first = await facts()
    expect({ ...first, units: sorted(first.units) }).toEqual({
      units: sorted(
        [qingshan, lvshui, bureau].map((u) => ({
          sequence: u!.sequence,
          templateIssued: false,
          submitted: false,
          itemsScored: 0,
          items: u!.sequence === 'township' ? townshipItems.length : departmentItems.length,
        })),
      ),
      criteriaReady: true,
      adjustments: 0,
      locked: false,
    })
    expect(await next()).toBe('templates')

    await markTemplatesIssued(
      s,
      y.id,
      units.map((u) => u.id),
    )
    await importSubmissions(s, y.id, [selfAssessment(qingshan!.id, { '1.1': 400 })])
    expect(sorted((await facts()).units.map((u) => [u.templateIssued, u.submitted]))).toEqual(
      sorted([
        [true, false],
        [true, false],
        [true, true],
      ]),
    )
    expect(await next()).toBe('import')

    // Two reviewers share 青山镇's items; one item left unscored keeps it incomplete.
    const a = await addReviewer(s, y.id, '甲')
    const b = await addReviewer(s, y.id, '乙')
    const score = (unitId: string, reviewerId: string, codes: string[]) =>
      setReviewerScores(
        s,
        y.id,
        codes.map((itemCode) => ({
          yearId: y.id,
          unitId,
          reviewerId,
          itemCode,
          score: 0,
          reason: '无佐证',
        })),
      )
    const codes = townshipItems.map((i) => i.code)
    await score(qingshan!.id, a.id, codes.slice(0, 5))
    await score(qingshan!.id, b.id, codes.slice(5, -1))
    expect(Math.max(...(await facts()).units.map((u) => u.itemsScored))).toBe(codes.length - 1)
    await score(qingshan!.id, b.id, codes.slice(-1))
    expect(Math.max(...(await facts()).units.map((u) => u.itemsScored))).toBe(codes.length)

    // A retired unit no longer counts; an adjustment and the lock are seen.
    await setUnitRetired(s, lvshui!.id, true, '撤并')
    expect((await facts()).units).toHaveLength(2)
    await addAdjustment(s, {
      yearId: y.id,
      unitId: qingshan!.id,
      itemCode: null,
      // Upwards: every score above is 0, and a total may not go below 0.
      delta: 100,
      reason: '整改到位',
    })
    expect((await facts()).adjustments).toBe(1)
    await approveYear(s, y.id, '县绩效委会议')
    expect((await facts()).locked).toBe(true)
  })

  it('answers null for a year that is not there', async () => {
    const s = await testSession()
    expect(await readCycleFacts(s.db, 'year_missing')).toBeNull()
  })
})

import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { isStoreError } from '../core/errors'
import { loadYearPackage } from '../transfer/package'
import { yearDataToPackage } from '../transfer/package-mapping'
import { listHistory } from '../core/history'
import { createYearFromSample } from './year-sources'
import { deleteYear, restoreYearAsNew, restoreYearReplace, snapshotYear } from '../transfer/restore'
import { addReviewer } from './reviewers'
import { listUnits } from './roster'
import { unpackScores } from '../../domain'
import { packScores, readYearScores } from './score-packs'
import { listScores, setReviewerScore, setReviewerScores, type ScoreInput } from './scores'
import type { AssessmentDB } from '../core/database'
import { testSession, testYear } from '../core/test-support'
import { revertChange } from './undo'

const plain = (xs: { unitId: string; reviewerId: string; itemCode: string; score: number }[]) =>
  xs
    .map((x) =>
      JSON.stringify([
        x.unitId,
        x.reviewerId,
        x.itemCode,
        x.score,
        (x as { reason?: string }).reason,
      ]),
    )
    .sort()

/**
 * The packs hold exactly the score rows of the year, reasons included; the package built from
 * them lists the scores as one built from the rows does, in the same order.
 */
async function expectPacksMatch(db: AssessmentDB, yearId: string) {
  expect(plain(await readYearScores(db, yearId))).toEqual(plain(await listScores(db, yearId)))
  const at = '2026-03-01T00:00:00.000Z'
  expect(await loadYearPackage(db, yearId, at)).toEqual(
    yearDataToPackage(await snapshotYear(db, yearId), at),
  )
}

describe('score packs', () => {
  it('pack and unpack keep every score, reason and order', () => {
    const cells = [
      { reviewerId: 'r1', itemCode: '1.1', score: 400, reason: '' },
      { reviewerId: 'r2', itemCode: '1.1', score: 350, reason: '台账缺一次' },
      { reviewerId: 'r1', itemCode: '2.3', score: 0, reason: '未开展' },
    ]
    const pack = packScores('y', 'u', cells)
    expect(pack.reviewerIds).toEqual(['r1', 'r2'])
    expect(pack.itemCodes).toEqual(['1.1', '2.3'])
    expect(unpackScores(pack)).toEqual(cells.map((c) => ({ unitId: 'u', ...c })))
    expect(unpackScores(packScores('y', 'u', []))).toEqual([])
  })

  it('follow every score write: set, change, clear, a batch, a refused batch and an undo', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const units = await listUnits(s.db, y.id, { sequence: 'township' })
    const [a, b] = [await addReviewer(s, y.id, '张三'), await addReviewer(s, y.id, '李四')]
    const cell = (unit: number, reviewerId: string, itemCode: string, score: number | null) =>
      ({ yearId: y.id, unitId: units[unit]!.id, reviewerId, itemCode, score }) as ScoreInput

    await setReviewerScore(s, cell(0, a.id, '1.1', 400))
    await setReviewerScore(s, cell(0, b.id, '1.1', 300))
    await setReviewerScore(s, { ...cell(0, a.id, '1.1', 250), reason: '会议记录不全' })
    await expectPacksMatch(s.db, y.id)

    await setReviewerScores(s, y.id, [
      cell(0, a.id, '1.2', 300),
      cell(1, a.id, '1.1', 100),
      cell(1, b.id, '1.2', 200),
      cell(0, b.id, '1.1', null),
    ])
    await expectPacksMatch(s.db, y.id)
    expect((await readYearScores(s.db, y.id)).length).toBe(4)

    // A batch refused at its last cell leaves scores and packs as they were.
    const before = plain(await readYearScores(s.db, y.id))
    const refused = await setReviewerScores(s, y.id, [
      cell(1, b.id, '1.1', 200),
      cell(1, a.id, '1.2', 999),
    ]).catch((e: unknown) => e)
    expect(isStoreError(refused)).toBe(true)
    expect(plain(await readYearScores(s.db, y.id))).toEqual(before)
    await expectPacksMatch(s.db, y.id)

    // Clearing the last score of a unit removes its pack.
    await setReviewerScores(s, y.id, [cell(1, a.id, '1.1', null), cell(1, b.id, '1.2', null)])
    expect(await s.db.scorePacks.get(`${y.id}|${units[1]!.id}`)).toBeUndefined()
    await expectPacksMatch(s.db, y.id)

    const [last] = await listHistory(s.db, { entity: 'score' })
    await revertChange(s, last!.seq!, '误清')
    await expectPacksMatch(s.db, y.id)
    expect((await readYearScores(s.db, y.id)).some((x) => x.unitId === units[1]!.id)).toBe(true)
  })

  it('follow restores and deletes of a whole year', async () => {
    const s = await testSession()
    const sample = await createYearFromSample(s)
    expect((await readYearScores(s.db, sample.id)).length).toBeGreaterThan(100)
    await expectPacksMatch(s.db, sample.id)

    const copy = await restoreYearAsNew(s, await snapshotYear(s.db, sample.id))
    await expectPacksMatch(s.db, copy.id)

    const other = await testYear(s, 2027)
    await restoreYearReplace(s, other.id, await snapshotYear(s.db, sample.id))
    await expectPacksMatch(s.db, other.id)
    expect((await readYearScores(s.db, other.id)).length).toBe(
      (await readYearScores(s.db, sample.id)).length,
    )

    await deleteYear(s, copy.id, '多余的副本')
    expect(await s.db.scorePacks.where('yearId').equals(copy.id).count()).toBe(0)
    await expectPacksMatch(s.db, sample.id)
  })
})

import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import {
  addAdjustment,
  createYearFromSample,
  listReviewers,
  listUnits,
  loadYearPackage,
  openDatabase,
  setReviewerScore,
  startSession,
} from '../../../db'
import { computeResults } from '../../../domain'
import { loadRankingInput } from './ranking-input'

describe('loadRankingInput', () => {
  it('gives the same results as the full package, reuses its read until the next write', async () => {
    const db = await openDatabase({ name: `kpt-ranking-${Date.now()}` })
    const session = await startSession(db, '王芳')
    const year = await createYearFromSample(session)

    const first = await loadRankingInput(db, year.id)
    expect(first).not.toBeNull()
    expect(computeResults(first!)).toEqual(computeResults(await loadYearPackage(db, year.id)))
    expect(await loadRankingInput(db, year.id)).toBe(first)

    const unit = (await listUnits(db, year.id)).find((u) => u.name === '青山镇')!
    const reviewer = (await listReviewers(db, year.id))[0]!
    await setReviewerScore(session, {
      yearId: year.id,
      unitId: unit.id,
      reviewerId: reviewer.id,
      itemCode: '1.1',
      score: 0,
      reason: '未见会议纪要',
    })
    const after = await loadRankingInput(db, year.id)
    expect(after).not.toBe(first)
    expect(after!.scores).toContainEqual(
      expect.objectContaining({
        unitId: unit.id,
        reviewerId: reviewer.id,
        itemCode: '1.1',
        score: 0,
      }),
    )
    // Patched from the history entry, yet the same as reading everything again.
    const full = await loadYearPackage(db, year.id)
    const sorted = (p: { scores: { unitId: string; reviewerId: string; itemCode: string }[] }) =>
      p.scores.map((x) => JSON.stringify(x)).sort()
    expect(sorted(after!)).toEqual(sorted(full))
    expect(computeResults(after!)).toEqual(computeResults(full))

    // A cleared cell disappears; any other kind of change reads everything again.
    await setReviewerScore(session, {
      yearId: year.id,
      unitId: unit.id,
      reviewerId: reviewer.id,
      itemCode: '1.1',
      score: null,
    })
    const cleared = await loadRankingInput(db, year.id)
    expect(sorted(cleared!)).toEqual(sorted(await loadYearPackage(db, year.id)))
    await addAdjustment(session, {
      yearId: year.id,
      unitId: unit.id,
      itemCode: null,
      delta: -150,
      reason: '督查发现问题',
      supervisionRef: '县环督〔2026〕12号',
    })
    const adjusted = await loadRankingInput(db, year.id)
    expect(adjusted!.adjustments.some((a) => a.delta === -150 && a.unitId === unit.id)).toBe(true)
    db.close()
  })
})

import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import {
  addAdjustment,
  createYearFromSample,
  listHistory,
  listReviewers,
  listUnits,
  loadYearPackage,
  openDatabase,
  revertChange,
  setReviewerScore,
  setReviewerScores,
  snapshotYear,
  startSession,
  yearDataToPackage,
  type AssessmentDB,
  type ScoreInput,
} from '..'
import { computeResults, criteriaItems, type YearPackage } from '../../domain'
import { loadRankingInput } from './ranking-input'

const sorted = (p: Pick<YearPackage, 'scores'>) => p.scores.map((x) => JSON.stringify(x)).sort()

/**
 * The ranking's fast read gives what the year's rows give (every score row read, not the packs
 * that both loadRankingInput and loadYearPackage use): the same scores, the same results.
 */
async function expectSameAsFullRead(db: AssessmentDB, yearId: string) {
  const input = await loadRankingInput(db, yearId)
  const full = yearDataToPackage(await snapshotYear(db, yearId), new Date().toISOString())
  expect(input).not.toBeNull()
  const fast = input!.pkg
  expect(sorted(fast)).toEqual(sorted(full))
  // The page ranks from the packs: the same results as from every score row.
  expect(computeResults(fast, input!.packs)).toEqual(computeResults(full))
  expect(computeResults(fast)).toEqual(computeResults(full))
  return input!
}

describe('loadRankingInput', () => {
  it('gives the results of the full package, reuses its read until the next write', async () => {
    const db = await openDatabase({ name: `kpt-ranking-${Date.now()}` })
    const session = await startSession(db, '王芳')
    const year = await createYearFromSample(session)

    const first = await expectSameAsFullRead(db, year.id)
    expect(await loadRankingInput(db, year.id)).toBe(first)

    const unit = (await listUnits(db, year.id)).find((u) => u.name === '青山镇')!
    const reviewer = (await listReviewers(db, year.id))[0]!
    const cell = { yearId: year.id, unitId: unit.id, reviewerId: reviewer.id, itemCode: '1.1' }
    await setReviewerScore(session, { ...cell, score: 0, reason: '未见会议纪要' })
    const after = await expectSameAsFullRead(db, year.id)
    expect(after).not.toBe(first)
    expect(after.pkg.scores).toContainEqual({
      unitId: unit.id,
      reviewerId: reviewer.id,
      itemCode: '1.1',
      score: 0,
      reason: '未见会议纪要',
    })

    await setReviewerScore(session, { ...cell, score: null })
    const cleared = await expectSameAsFullRead(db, year.id)
    expect(
      cleared.pkg.scores.some(
        (s) => s.unitId === unit.id && s.reviewerId === reviewer.id && s.itemCode === '1.1',
      ),
    ).toBe(false)

    const [clear] = await listHistory(db, { entity: 'score' })
    await revertChange(session, clear!.seq!, '误清')
    await expectSameAsFullRead(db, year.id)

    await addAdjustment(session, {
      yearId: year.id,
      unitId: unit.id,
      itemCode: null,
      delta: -150,
      reason: '督查发现问题',
      supervisionRef: '县环督〔2026〕12号',
    })
    const adjusted = await expectSameAsFullRead(db, year.id)
    expect(adjusted.pkg.adjustments.some((a) => a.delta === -150 && a.unitId === unit.id)).toBe(
      true,
    )
    db.close()
  })

  it('ranks like the full package after a reviewer rescored every unit and item', async () => {
    const db = await openDatabase({ name: `kpt-ranking-all-${Date.now()}` })
    const session = await startSession(db, '王芳')
    const year = await createYearFromSample(session)
    const pkg = await loadYearPackage(db, year.id)
    const reviewer = pkg.reviewers[1]!
    let seed = 11
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    const inputs: ScoreInput[] = []
    for (const u of pkg.units.filter((x) => !x.retired)) {
      for (const item of criteriaItems(pkg.criteria[u.sequence])) {
        const step = item.step ?? 1
        const r = rand()
        // Some cells cleared, the rest a random score on the item's step with a reason.
        const score = r < 0.1 ? null : Math.floor(rand() * (item.max / step + 1)) * step
        inputs.push({
          yearId: year.id,
          unitId: u.id,
          reviewerId: reviewer.id,
          itemCode: item.code,
          score,
          reason: '抽查',
        })
      }
    }
    await setReviewerScores(session, year.id, inputs)
    const fast = await expectSameAsFullRead(db, year.id)
    expect(fast.pkg.scores.filter((s) => s.reviewerId === reviewer.id).length).toBe(
      inputs.filter((i) => i.score !== null).length,
    )
    db.close()
  })
})

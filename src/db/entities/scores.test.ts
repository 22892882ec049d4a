import 'fake-indexeddb/auto'
import { describe, expect, it, vi } from 'vitest'
import { approveYear } from './approval'
import { isStoreError } from '../core/errors'
import { listHistory, verifyHistory } from '../core/history'
import { addReviewer } from './reviewers'
import { listUnits } from './roster'
import { readYearScores } from './score-packs'
import {
  importReviewerScores,
  listScores,
  setReviewerScore,
  setReviewerScores,
  type ScoreInput,
} from './scores'
import { importSubmissions } from './submissions'
import { selfAssessment, testSession, testYear } from '../core/test-support'

/** Item 1.1: max 4 分, any two-decimal score. Item 1.2: max 4 分, step 1 分. Self: 4 and 3. */
async function setup() {
  const s = await testSession('张三')
  const y = await testYear(s)
  const [unit] = await listUnits(s.db, y.id, { sequence: 'township' })
  const r = await addReviewer(s, y.id, '张三')
  await importSubmissions(s, y.id, [selfAssessment(unit!.id, { '1.1': 400, '1.2': 300 })])
  const cell = (score: number | null, reason = '', itemCode = '1.1'): ScoreInput => ({
    yearId: y.id,
    unitId: unit!.id,
    reviewerId: r.id,
    itemCode,
    score,
    reason,
  })
  return { s, y, unit: unit!, r, cell }
}

const failure = async (p: Promise<unknown>) => {
  const e = await p.then(() => null).catch((x: unknown) => x)
  return isStoreError(e) ? { code: e.code, message: e.message } : { code: 'none', message: '' }
}

describe('reviewer scores', () => {
  it('saves a score with its history entry, and a change records old and new', async () => {
    const { s, y, cell } = await setup()
    const first = await setReviewerScore(s, cell(400))
    expect(first.old).toBeNull()
    const second = await setReviewerScore(s, cell(350, '台账缺一次'))
    expect(second.old?.score).toBe(400)
    expect((await listScores(s.db, y.id)).map((r) => r.score)).toEqual([350])
    const entityId = `${second.row!.unitId}|${second.row!.reviewerId}|1.1`
    const h = await listHistory(s.db, { entity: 'score', entityId })
    expect(h.map((e) => [e.action, e.who, e.oldValue, e.reason])).toEqual([
      ['change', '张三', { score: 400, reason: '' }, '台账缺一次'],
      ['set', '张三', null, ''],
    ])
    expect((await verifyHistory(s.db)).intact).toBe(true)
  })

  it('refuses over max, off step, fractions of a hundredth, and an unexplained difference', async () => {
    const { s, cell } = await setup()
    expect(await failure(setReviewerScore(s, cell(500)))).toMatchObject({
      code: 'invalid-input',
      message: '绿水街道 · 1.1：得分 5 超过满分 4。',
    })
    expect((await failure(setReviewerScore(s, cell(-1)))).code).toBe('invalid-input')
    expect((await failure(setReviewerScore(s, cell(1.5)))).code).toBe('invalid-input')
    expect((await failure(setReviewerScore(s, cell(250, '少开一次会', '1.2')))).message).toContain(
      '须为 1 的整数倍',
    )
    expect((await failure(setReviewerScore(s, cell(300)))).message).toContain('请填写理由')
    expect(await s.db.scores.count()).toBe(0)
    // On step and explained: accepted.
    await setReviewerScore(s, cell(200, '少开两次会', '1.2'))
    expect(await s.db.scores.count()).toBe(1)
  })

  it('refuses any score in a locked year with a Chinese message', async () => {
    const { s, y, cell } = await setup()
    await approveYear(s, y.id)
    const f = await failure(setReviewerScore(s, cell(400)))
    expect(f.code).toBe('year-locked')
    expect(f.message).toMatch(/已审定并锁定/)
  })

  it('keeps no score when its history entry fails to write (one transaction)', async () => {
    const { s, y, cell } = await setup()
    const spy = vi.spyOn(s.db.history, 'add').mockImplementationOnce(() => {
      throw new Error('history write failed')
    })
    await expect(setReviewerScore(s, cell(400))).rejects.toThrow('history write failed')
    spy.mockRestore()
    expect(await listScores(s.db, y.id)).toEqual([])
    await setReviewerScore(s, cell(400))
    expect(await listScores(s.db, y.id)).toHaveLength(1)
  })

  it('clears a cell, recorded as such', async () => {
    const { s, y, cell } = await setup()
    await setReviewerScore(s, cell(400))
    const cleared = await setReviewerScore(s, cell(null))
    expect(cleared.row).toBeNull()
    expect(await listScores(s.db, y.id)).toEqual([])
    const [last] = await listHistory(s.db, { entity: 'score' })
    expect(last).toMatchObject({ action: 'clear', newValue: null })
  })

  it('saves a pasted batch whole, or none of it when one cell is invalid', async () => {
    const { s, y, cell } = await setup()
    const unknownItem = cell(100, '', '9.9')
    expect((await failure(setReviewerScores(s, y.id, [cell(400), unknownItem]))).code).toBe(
      'invalid-input',
    )
    expect(await s.db.scores.count()).toBe(0)
    await setReviewerScores(s, y.id, [cell(400), cell(300, '', '1.2')])
    expect(await s.db.scores.count()).toBe(2)
  })

  it('imports reviewer sheets in one transaction, counting and recording each sheet', async () => {
    const { s, y, unit, r, cell } = await setup()
    const other = await addReviewer(s, y.id, '李四')
    await setReviewerScore(s, cell(400))
    const results = await importReviewerScores(s, y.id, [
      {
        fileName: '张三.xlsx',
        reviewerId: r.id,
        scores: [
          { unitId: unit.id, itemCode: '1.1', score: 400, reason: '' },
          { unitId: unit.id, itemCode: '1.2', score: 200, reason: '少开一次会' },
        ],
      },
      {
        fileName: '李四.xlsx',
        reviewerId: other.id,
        scores: [{ unitId: unit.id, itemCode: '1.1', score: 350, reason: '台账不全' }],
      },
      {
        fileName: '张三-补充.xlsx',
        reviewerId: r.id,
        scores: [{ unitId: unit.id, itemCode: '1.1', score: 300, reason: '复查' }],
      },
    ])
    expect(results).toEqual([
      { fileName: '张三.xlsx', reviewerName: '张三', added: 1, changed: 0, unchanged: 1 },
      { fileName: '李四.xlsx', reviewerName: '李四', added: 1, changed: 0, unchanged: 0 },
      { fileName: '张三-补充.xlsx', reviewerName: '张三', added: 0, changed: 1, unchanged: 0 },
    ])
    const mine = (await listScores(s.db, y.id, { reviewerId: r.id })).map((x) => [
      x.itemCode,
      x.score,
    ])
    expect(mine.sort()).toEqual([
      ['1.1', 300],
      ['1.2', 200],
    ])
    expect((await readYearScores(s.db, y.id)).length).toBe(3)
    const sheets = await listHistory(s.db, { entity: 'reviewer' })
    expect(sheets.filter((h) => h.action === 'import').map((h) => [h.who, h.reason])).toEqual([
      ['张三', '导入评分表 张三-补充.xlsx：新增 0 项，修改 1 项'],
      ['张三', '导入评分表 李四.xlsx：新增 1 项，修改 0 项'],
      ['张三', '导入评分表 张三.xlsx：新增 1 项，修改 0 项'],
    ])
    expect((await verifyHistory(s.db)).intact).toBe(true)
  })

  it('imports no sheet at all when one cell is refused or the year is locked', async () => {
    const { s, y, unit, r } = await setup()
    const good = {
      fileName: 'a.xlsx',
      reviewerId: r.id,
      scores: [{ unitId: unit.id, itemCode: '1.1', score: 400, reason: '' }],
    }
    const bad = {
      fileName: 'b.xlsx',
      reviewerId: r.id,
      scores: [{ unitId: unit.id, itemCode: '1.2', score: 250, reason: '少开会' }],
    }
    const refused = await failure(importReviewerScores(s, y.id, [good, bad]))
    expect(refused.message).toContain('须为 1 的整数倍')
    expect(await s.db.scores.count()).toBe(0)
    expect(await s.db.scorePacks.count()).toBe(0)
    await approveYear(s, y.id)
    expect((await failure(importReviewerScores(s, y.id, [good]))).code).toBe('year-locked')
    expect(await s.db.scores.count()).toBe(0)
  })
})

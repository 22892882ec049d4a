import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { isStoreError } from '../core/errors'
import { listHistory, verifyHistory } from '../core/history'
import { addReviewer } from './reviewers'
import { listUnits } from './roster'
import { confirmSelfChange, listScores, setReviewerScore, type ScoreInput } from './scores'
import { importSubmissions, recordImportBatch } from './submissions'
import { revertChange } from './undo'
import { selfAssessment, testSession, testYear } from '../core/test-support'

/** Self 4 / 3 on items 1.1 / 1.2; two reviewers score both before the unit sends version 2. */
async function reviewed() {
  const s = await testSession('张三')
  const y = await testYear(s)
  const [unit] = await listUnits(s.db, y.id, { sequence: 'township' })
  const a = await addReviewer(s, y.id, '张三')
  const b = await addReviewer(s, y.id, '李四')
  await importSubmissions(s, y.id, [selfAssessment(unit!.id, { '1.1': 400, '1.2': 300 })])
  const cell = (reviewerId: string, itemCode: string, score: number, reason = ''): ScoreInput => ({
    yearId: y.id,
    unitId: unit!.id,
    reviewerId,
    itemCode,
    score,
    reason,
  })
  await setReviewerScore(s, cell(a.id, '1.1', 400))
  await setReviewerScore(s, cell(b.id, '1.1', 300, '台账缺一次'))
  await setReviewerScore(s, cell(a.id, '1.2', 300))
  const marks = async () =>
    (await listScores(s.db, y.id))
      .map((r) => [r.reviewerId === a.id ? '张三' : '李四', r.itemCode, r.selfChanged ?? null])
      .filter(([, , m]) => m !== null)
      .map(([who, code, m]) => {
        const c = m as { from: number | null; to: number | null; version: number }
        return `${String(who)} ${String(code)} ${c.from} → ${c.to} 第${c.version}版`
      })
      .sort()
  return { s, y, unit: unit!, a, b, cell, marks }
}

describe('a self-assessment version that arrives after review began', () => {
  it('marks, in the same write as the version, the scores its changed self scores now differ from', async () => {
    const { s, y, unit, marks } = await reviewed()
    // 1.1 self 4 → 3: 张三's 4 now differs (marked), 李四's 3 now agrees (not marked).
    // 1.2 self unchanged: 张三's 3 stays unmarked.
    await recordImportBatch(s, y.id, [selfAssessment(unit.id, { '1.1': 300, '1.2': 300 })], [])
    expect(await marks()).toEqual(['张三 1.1 400 → 300 第2版'])
    const [entry] = await listHistory(s.db, { entity: 'submission', entityId: unit.id })
    expect([entry!.action, entry!.newValue]).toEqual([
      're-import',
      { version: 2, fileName: `${unit.id}.xlsx`, marked: 1 },
    ])
  })

  it('keeps the self score the reviewer saw across versions, and drops the mark when the unit goes back to it', async () => {
    const { s, y, unit, marks } = await reviewed()
    await importSubmissions(s, y.id, [selfAssessment(unit.id, { '1.1': 300, '1.2': 300 })])
    await importSubmissions(s, y.id, [selfAssessment(unit.id, { '1.1': 200, '1.2': 300 })])
    // 张三 keeps the 4 seen when scoring; 李四's 3 agreed with version 2, so is marked from it.
    expect(await marks()).toEqual(['张三 1.1 400 → 200 第3版', '李四 1.1 300 → 200 第3版'])
    // Back to 4: what 张三 scored against, so 张三's mark goes; 李四's 3 still differs.
    await importSubmissions(s, y.id, [selfAssessment(unit.id, { '1.1': 400, '1.2': 300 })])
    expect(await marks()).toEqual(['李四 1.1 300 → 400 第4版'])
  })

  it('clears the mark when the reviewer confirms (recorded, not undoable) or re-scores', async () => {
    const { s, y, unit, a, b, cell, marks } = await reviewed()
    await importSubmissions(s, y.id, [selfAssessment(unit.id, { '1.1': 200, '1.2': 300 })])
    expect(await marks()).toEqual(['张三 1.1 400 → 200 第2版', '李四 1.1 400 → 200 第2版'])

    await confirmSelfChange(s, y.id, unit.id, a.id, '1.1')
    expect(await marks()).toEqual(['李四 1.1 400 → 200 第2版'])
    const [confirmed] = await listHistory(s.db, {
      entity: 'score',
      entityId: `${unit.id}|${a.id}|1.1`,
    })
    expect([confirmed!.action, confirmed!.who, confirmed!.reason]).toEqual([
      'confirm-self',
      '张三',
      '自评已更新（第 2 版：4.00 → 2.00），评分人确认维持 4.00',
    ])
    const undo = await revertChange(s, confirmed!.seq!, '误点').catch((e: unknown) => e)
    expect(isStoreError(undo) && undo.message).toBe('这类修改不能从历史记录撤销，请从备份恢复。')
    const again = await confirmSelfChange(s, y.id, unit.id, a.id, '1.1').catch((e: unknown) => e)
    expect(isStoreError(again) && again.message).toBe('1.1：没有待确认的自评更新。')

    await setReviewerScore(s, cell(b.id, '1.1', 200))
    expect(await marks()).toEqual([])
    expect((await verifyHistory(s.db)).intact).toBe(true)
  })
})

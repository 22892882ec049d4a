import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { approveYear, listApprovals, unlockYear } from './approval'
import { isStoreError } from '../core/errors'
import { listHistory } from '../core/history'
import { addReviewer } from './reviewers'
import { testSession, testYear } from '../core/test-support'

const codeOf = (e: unknown) => (isStoreError(e) ? e.code : String(e))

describe('approval and lock', () => {
  it('locks on approval, refuses edits, unlocks only with a reason, and records it all', async () => {
    const s = await testSession('县绩效办 刘洋')
    const y = await testYear(s)
    expect((await approveYear(s, y.id, '县绩效委第3次会议审定')).locked).toBe(true)
    expect(codeOf(await addReviewer(s, y.id, '张三').catch((e) => e))).toBe('year-locked')
    expect(codeOf(await approveYear(s, y.id).catch((e) => e))).toBe('year-locked')
    expect(codeOf(await unlockYear(s, y.id, '').catch((e) => e))).toBe('reason-required')

    expect((await unlockYear(s, y.id, '发现评分录入错误')).locked).toBe(false)
    await addReviewer(s, y.id, '张三')
    expect(codeOf(await unlockYear(s, y.id, '再次').catch((e) => e))).toBe('year-not-locked')

    expect((await listApprovals(s.db, y.id)).map((a) => [a.action, a.by, a.reason])).toEqual([
      ['approve', '县绩效办 刘洋', '县绩效委第3次会议审定'],
      ['unlock', '县绩效办 刘洋', '发现评分录入错误'],
    ])
    const locks = await listHistory(s.db, { yearId: y.id, entity: 'lock' })
    expect(locks.map((h) => h.action)).toEqual(['unlock', 'approve'])
  })
})

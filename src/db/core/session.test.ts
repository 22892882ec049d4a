import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { isStoreError } from './errors'
import { listHistory } from './history'
import {
  lastOperator,
  listRecentOperators,
  startSession,
  writeTransaction,
  type WriteScope,
} from './session'
import { testSession } from './test-support'

describe('operator session', () => {
  it('remembers the operator and the recent names, newest first', async () => {
    const s = await testSession('王敏')
    await startSession(s.db, '  李 强 ')
    await startSession(s.db, '王敏')
    expect(await lastOperator(s.db)).toBe('王敏')
    expect(await listRecentOperators(s.db)).toEqual(['王敏', '李 强'])
  })

  it('refuses an empty name', async () => {
    const s = await testSession()
    const e = await startSession(s.db, '   ').catch((x: unknown) => x)
    expect(isStoreError(e) && e.code).toBe('no-operator')
  })
})

describe('writeTransaction', () => {
  it('keeps nothing of a write that fails midway: rows and history roll back together', async () => {
    const s = await testSession()
    const failing = writeTransaction(s, [s.db.reviewers], async (w) => {
      await s.db.reviewers.add({ id: 'r1', yearId: 'y1', name: '张三', retired: false })
      await w.record({
        yearId: 'y1',
        entity: 'reviewer',
        entityId: 'r1',
        action: 'add',
        oldValue: null,
        newValue: { name: '张三' },
        reason: '',
      })
      throw new Error('磁盘已满')
    })
    await expect(failing).rejects.toThrow('磁盘已满')
    expect(await s.db.reviewers.count()).toBe(0)
    expect(await s.db.history.count()).toBe(0)
  })

  it('updates the marker after a committed write', async () => {
    const s = await testSession()
    await writeTransaction(s, [s.db.reviewers], async () => {
      await s.db.reviewers.add({ id: 'r1', yearId: 'y1', name: '张三', retired: false })
    })
    const text = s.marker?.getItem(`kaopingtong.marker.${s.db.name}`)
    expect(JSON.parse(text ?? '{}').counts.reviewers).toBe(1)
  })

  it('writes, through added and replaced, the entries a spelled-out record writes, hash for hash', async () => {
    const row = { id: 'r1', yearId: 'y1', name: '张三', retired: false }
    const next = { ...row, retired: true }
    const at = () => new Date('2026-03-31T06:30:15.000Z')
    const entries = async (body: (w: WriteScope) => Promise<void>) => {
      const s = { ...(await testSession()), now: at }
      await writeTransaction(s, [s.db.reviewers], body)
      return (await listHistory(s.db, {})).map(({ seq: _seq, ...e }) => e)
    }
    const helpers = await entries(async (w) => {
      await w.added('reviewer', row)
      await w.replaced('reviewer', 'retire', row, next, '调离')
    })
    const spelled = await entries(async (w) => {
      await w.record({
        yearId: 'y1',
        entity: 'reviewer',
        entityId: 'r1',
        action: 'add',
        oldValue: null,
        newValue: row,
        reason: '',
      })
      await w.record({
        yearId: 'y1',
        entity: 'reviewer',
        entityId: 'r1',
        action: 'retire',
        oldValue: row,
        newValue: next,
        reason: '调离',
      })
    })
    expect(helpers).toHaveLength(2)
    expect(helpers).toEqual(spelled)
  })
})

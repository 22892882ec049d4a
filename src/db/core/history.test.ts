import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { GENESIS_HASH, listHistory, verifyHistory } from './history'
import { writeTransaction, type Session } from './session'
import { testSession } from './test-support'

async function recordChanges(s: Session, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await writeTransaction(s, [], async (w) => {
      await w.record({
        yearId: 'y1',
        entity: 'score',
        entityId: `u${i}`,
        action: 'set',
        oldValue: i === 0 ? null : { score: i * 100 - 50 },
        newValue: { score: i * 100 },
        reason: i % 2 ? '佐证不足' : '',
      })
    })
  }
}

describe('the history hash chain', () => {
  it('chains every entry to the one before and verifies as intact', async () => {
    const s = await testSession()
    await recordChanges(s, 5)
    const rows = await s.db.history.orderBy('seq').toArray()
    expect(rows[0]?.prevHash).toBe(GENESIS_HASH)
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.prevHash).toBe(rows[i - 1]?.hash)
    expect(rows.map((r) => r.who)).toEqual(Array(5).fill('王敏'))
    expect(await verifyHistory(s.db)).toEqual({ intact: true, count: 5, lastHash: rows[4]?.hash })
  })

  it('detects an edited value at the entry that was edited', async () => {
    const s = await testSession()
    await recordChanges(s, 5)
    const third = (await s.db.history.orderBy('seq').toArray())[2]!
    await s.db.history.update(third.seq!, { newValue: { score: 10000 } })
    const check = await verifyHistory(s.db)
    expect(check).toMatchObject({ intact: false, brokenAtSeq: third.seq })
    expect(!check.intact && check.message).toContain('内容被改动')
  })

  it('detects a changed operator name even when the hash was not touched', async () => {
    const s = await testSession()
    await recordChanges(s, 3)
    const first = (await s.db.history.orderBy('seq').first())!
    await s.db.history.update(first.seq!, { who: '李四' })
    expect(await verifyHistory(s.db)).toMatchObject({ intact: false, brokenAtSeq: first.seq })
  })

  it('detects a deleted entry at the entry after it', async () => {
    const s = await testSession()
    await recordChanges(s, 5)
    const rows = await s.db.history.orderBy('seq').toArray()
    await s.db.history.delete(rows[1]!.seq!)
    const check = await verifyHistory(s.db)
    expect(check).toMatchObject({ intact: false, brokenAtSeq: rows[2]!.seq })
    expect(!check.intact && check.message).toContain('衔接不上')
  })

  it('lists newest first, filtered by year and record', async () => {
    const s = await testSession()
    await recordChanges(s, 4)
    const all = await listHistory(s.db, { yearId: 'y1' })
    expect(all.map((r) => r.entityId)).toEqual(['u3', 'u2', 'u1', 'u0'])
    const one = await listHistory(s.db, { entity: 'score', entityId: 'u2' })
    expect(one).toHaveLength(1)
    expect(await listHistory(s.db, { yearId: 'other' })).toEqual([])
  })
})

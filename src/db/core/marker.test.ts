import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { checkStoreAgainstMarker, forgetMarker, refreshMarker } from './marker'
import { openDatabase } from './open-database'
import { writeTransaction } from './session'
import { MemoryStorage, testSession } from './test-support'

async function addReviewers(s: Awaited<ReturnType<typeof testSession>>, n: number) {
  for (let i = 0; i < n; i++) {
    await writeTransaction(s, [s.db.reviewers], async (w) => {
      await s.db.reviewers.add({ id: `r${i}`, yearId: 'y1', name: `评分人${i}`, retired: false })
      await w.record({
        yearId: 'y1',
        entity: 'reviewer',
        entityId: `r${i}`,
        action: 'add',
        oldValue: null,
        newValue: { name: `评分人${i}` },
        reason: '',
      })
    })
  }
}

describe('the marker outside IndexedDB', () => {
  it('says nothing on a first start', async () => {
    const s = await testSession()
    expect(await checkStoreAgainstMarker(s.db, new MemoryStorage())).toEqual({
      status: 'no-marker',
    })
  })

  it('accepts a store that matches or is ahead of the marker', async () => {
    const s = await testSession()
    await addReviewers(s, 2)
    expect(await checkStoreAgainstMarker(s.db, s.marker!)).toEqual({ status: 'ok' })
    // A crash after a commit but before the marker update leaves the marker behind: fine.
    await s.db.reviewers.add({ id: 'late', yearId: 'y1', name: '晚到', retired: false })
    expect(await checkStoreAgainstMarker(s.db, s.marker!)).toEqual({ status: 'ok' })
  })

  it('reports a store that came back empty, naming what is missing', async () => {
    const s = await testSession()
    await addReviewers(s, 3)
    const storage = s.marker!
    const name = s.db.name
    s.db.close()
    await s.db.delete() // what a silent reset by the browser looks like
    const reopened = await openDatabase({ name })
    const check = await checkStoreAgainstMarker(reopened, storage)
    expect(check.status).toBe('emptier')
    if (check.status !== 'emptier') return
    expect(check.shortfalls).toEqual([
      { table: 'reviewers', expected: 3, found: 0 },
      { table: 'history', expected: 3, found: 0 },
    ])
    expect(check.message).toContain('评分人应有 3 条，现有 0 条')
    forgetMarker(reopened, storage)
    expect((await checkStoreAgainstMarker(reopened, storage)).status).toBe('no-marker')
  })

  it('survives a localStorage that refuses writes', async () => {
    const s = await testSession()
    const full = new MemoryStorage()
    full.setItem = () => {
      throw new Error('QuotaExceededError')
    }
    await expect(refreshMarker(s.db, full)).resolves.toMatchObject({ version: 1 })
  })
})

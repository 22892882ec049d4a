import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { addReviewer } from '../entities/reviewers'
import { testSession, testYear } from './test-support'

afterEach(() => vi.restoreAllMocks())

describe('transaction durability', () => {
  it('asks IndexedDB for strict durability on every write', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const spy = vi.spyOn(s.db.core, 'transaction')
    await addReviewer(s, y.id, '张三')
    const writes = spy.mock.calls.filter(([, mode]) => mode === 'readwrite')
    expect(writes.length).toBeGreaterThan(0)
    for (const [, , options] of writes) expect(options).toEqual({ durability: 'strict' })
  })
})

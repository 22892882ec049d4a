import { describe, expect, it } from 'vitest'
import { requestPersistentStorage } from './persist'

describe('requestPersistentStorage', () => {
  it('reports each answer the browser can give', async () => {
    const api = (persisted: boolean, grant: boolean) => ({
      persisted: async () => persisted,
      persist: async () => grant,
    })
    expect(await requestPersistentStorage(api(true, false))).toBe('persisted')
    expect(await requestPersistentStorage(api(false, true))).toBe('granted-now')
    expect(await requestPersistentStorage(api(false, false))).toBe('refused')
    expect(await requestPersistentStorage(undefined)).toBe('unsupported')
    const failing = {
      persisted: async () => Promise.reject(new Error('x')),
      persist: async () => true,
    }
    expect(await requestPersistentStorage(failing)).toBe('refused')
  })
})

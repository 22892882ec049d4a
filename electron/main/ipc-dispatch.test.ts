import { describe, expect, it, vi } from 'vitest'
import { dispatcher, HandledError } from './ipc-dispatch'

const appPage = 'app://kaopingtong/index.html'

describe('dispatcher', () => {
  it('runs the handler for the app page with a valid payload', async () => {
    const h = vi.fn(async (_req: { name: string }) => 'text')
    const d = dispatcher('backupRead', h, {})
    expect(await d(appPage, { name: 'a.json' })).toEqual({ ok: true, value: 'text' })
    expect(h).toHaveBeenCalledWith({ name: 'a.json' })
  })

  it.each([
    undefined,
    'https://evil.com/',
    'file:///C:/x.html',
    'app://kaopingtong.evil/index.html',
    'http://localhost:5173/',
  ])('refuses sender %s without calling the handler', async (sender) => {
    const h = vi.fn(async (_req: { name: string }) => 'text')
    const r = await dispatcher('backupRead', h, {})(sender, { name: 'a.json' })
    expect(r).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } })
    expect(h).not.toHaveBeenCalled()
  })

  it.each([
    null,
    'a.json',
    { name: '../../secret' },
    { name: 'a.json', __proto__: { polluted: true } },
    { name: 42 },
  ])('refuses payload %j', async (payload) => {
    const h = vi.fn(async (_req: { name: string }) => 'text')
    const r = await dispatcher('backupRead', h, {})(appPage, payload)
    if (r.ok) {
      // The one acceptable outcome for the prototype case: a plain parsed object, nothing else.
      expect(Object.keys(h.mock.calls[0]![0])).toEqual(['name'])
    } else {
      expect(r.error.code).toBe('bad-request')
      expect(h).not.toHaveBeenCalled()
    }
  })

  it('turns handler failures into Results', async () => {
    const onError = vi.fn()
    const boom = dispatcher(
      'backupList',
      async () => {
        throw new Error('disk gone')
      },
      { onError },
    )
    expect(await boom(appPage, undefined)).toEqual({
      ok: false,
      error: { code: 'internal', message: '操作失败：disk gone' },
    })
    expect(onError).toHaveBeenCalled()
    const handled = dispatcher(
      'backupRead',
      async () => {
        throw new HandledError('not-found', '备份文件不存在')
      },
      {},
    )
    expect(await handled(appPage, { name: 'x.json' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: '备份文件不存在' },
    })
  })
})

import { beforeAll, describe, expect, it, vi } from 'vitest'
import { ipcContract } from '../../src/shared/ipc-contract'
import { BRIDGE_KEY, CLOSING_EVENT } from '../../src/shared/ipc-channels'

const exposed = new Map<string, Record<string, (arg?: unknown) => unknown>>()
const invoked: [string, unknown][] = []
const listeners = new Map<string, (event: unknown) => void>()

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<string, (arg?: unknown) => unknown>) =>
      exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: (channel: string, req: unknown) => {
      invoked.push([channel, req])
      return Promise.resolve({ ok: true })
    },
    on: (channel: string, listener: (event: unknown) => void) => listeners.set(channel, listener),
  },
}))

describe('the preload bridge', () => {
  beforeAll(async () => {
    await import('./index')
  })

  it('exposes one function per request of the contract, and onClosing, nothing else', () => {
    const bridge = exposed.get(BRIDGE_KEY)!
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(ipcContract), 'onClosing'].sort())
  })

  it('sends each request on its contract channel, with the request as given', async () => {
    const bridge = exposed.get(BRIDGE_KEY)!
    for (const [name, entry] of Object.entries(ipcContract)) {
      invoked.length = 0
      await bridge[name]!({ probe: name })
      expect(invoked).toEqual([[entry.channel, { probe: name }]])
    }
  })

  it('tells the page that the window closes without handing it the event', () => {
    const seen: unknown[][] = []
    exposed.get(BRIDGE_KEY)!.onClosing!((...args: unknown[]) => seen.push(args))
    listeners.get(CLOSING_EVENT)!({ sender: 'ipc event' })
    expect(seen).toEqual([[]])
  })
})

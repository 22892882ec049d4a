/**
 * The sandboxed preload: one named function per request of the IPC contract on
 * `window.kaopingtong`, and nothing else. `ipcRenderer` itself is never exposed.
 *
 * Adding an IPC request: 1. its channel in src/shared/ipc-channels.ts and its schemas in
 * src/shared/ipc-contract.ts (the two are checked against each other) 2. its handler in
 * electron/main/ipc-handlers.ts 3. nothing here: the bridge is built from the channel table and
 * checked against the contract's type with `satisfies` 4. the call in src/platform/electron.ts.
 */
import { contextBridge, ipcRenderer } from 'electron'
// Types only: the preload stays a few hundred bytes, without zod.
import type { IpcBridge } from '../../src/shared/ipc-contract'
import { BRIDGE_KEY, CLOSING_EVENT, IPC_CHANNELS } from '../../src/shared/ipc-channels'

const invoke = (channel: string) => (req?: unknown) => ipcRenderer.invoke(channel, req)

/** A function per channel of the table, under the same name. */
function invokers<T extends Record<string, string>>(channels: T) {
  const out = {} as { [N in keyof T]: ReturnType<typeof invoke> }
  for (const name of Object.keys(channels) as (keyof T)[]) out[name] = invoke(channels[name]!)
  return out
}

const bridge = {
  ...invokers(IPC_CHANNELS),
  onClosing: (handler: () => void) => {
    // The event object is not passed on: the page never sees an IpcRendererEvent.
    ipcRenderer.on(CLOSING_EVENT, () => handler())
  },
} satisfies IpcBridge

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge)

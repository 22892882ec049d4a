/**
 * File writes of the main process. Every write goes to a temporary file in the same folder and
 * is renamed over the target only when complete and flushed, so a crash or a full disk never
 * leaves half a backup or half a PDF behind.
 */
import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { basename, join, resolve, sep } from 'node:path'

export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`
  const handle = await open(tmp, 'wx')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (err) {
    await handle.close()
    await rm(tmp, { force: true })
    throw err
  }
  await handle.close()
  try {
    await rename(tmp, path)
  } catch (err) {
    await rm(tmp, { force: true })
    throw err
  }
}

/**
 * Joins a plain file name (already validated by the IPC contract) to a folder, and refuses
 * anything that would still resolve outside it: the contract is the first line, this the second.
 */
export function safeJoin(folder: string, name: string): string {
  if (basename(name) !== name) throw new Error(`文件名不合法：${name}`)
  const root = resolve(folder)
  const full = resolve(root, name)
  if (!full.startsWith(root + sep)) throw new Error(`文件名不合法：${name}`)
  return join(root, name)
}

/**
 * The one atomic file write of the Node side (the main process, the command line). Data goes
 * to a temporary file in the same folder, is flushed to the disk, and only then renamed over
 * the target: a crash, a power cut or a full disk never leaves half a backup, package or PDF
 * under the final name.
 */
import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'

/** A write that did not happen, with the reason in Chinese (the file system's code). */
export class WriteFailedError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(`无法写入 ${path}（${(cause as NodeJS.ErrnoException).code ?? String(cause)}）`, {
      cause,
    })
  }
}

export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`
  try {
    const handle = await open(tmp, 'wx')
    try {
      await handle.writeFile(data)
      // Without the flush a rename can reach the disk before the data it names.
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(tmp, path)
  } catch (err) {
    await rm(tmp, { force: true })
    throw new WriteFailedError(path, err)
  }
}

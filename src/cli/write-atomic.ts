import { rename, rm, writeFile } from 'node:fs/promises'
import { CliError } from './command'

/** Temp file then rename: an interrupted run never leaves half a file behind. */
export async function writeAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`
  try {
    await writeFile(temp, data)
    await rename(temp, path)
  } catch (err) {
    await rm(temp, { force: true })
    throw new CliError(`无法写入 ${path}（${(err as NodeJS.ErrnoException).code ?? String(err)}）`)
  }
}

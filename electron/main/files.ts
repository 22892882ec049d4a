/**
 * File writes of the main process: every write is atomic (a temporary file renamed over the
 * target only when complete and flushed), and every name is joined to its folder safely.
 */
import { basename, join, resolve, sep } from 'node:path'

// The one atomic write (temporary file, flush, rename) lives with the rest of the Node-only code.
export { writeFileAtomic } from '../../src/node/write-atomic'

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

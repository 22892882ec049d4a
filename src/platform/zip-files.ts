import { zipSync } from 'fflate'
import type { OpenedFile } from './platform'

/**
 * Several files as one .zip, for the browser build: Chromium keeps only the first 16–17 of many
 * downloads fired at once, so a set of 46 templates must leave the page as one download. The
 * files are already compressed (xlsx, pdf), so they are stored, not deflated again.
 * A name given twice would silently drop a file from the archive: that is refused.
 */
export function zipFiles(files: readonly OpenedFile[]): Uint8Array {
  const entries: Record<string, [Uint8Array, { level: 0 }]> = {}
  for (const f of files) {
    if (Object.hasOwn(entries, f.name)) throw new Error(`文件名“${f.name}”重复，无法打包`)
    entries[f.name] = [f.data, { level: 0 }]
  }
  return zipSync(entries)
}

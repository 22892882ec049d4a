/** The automatic-backup folder in the app's data folder; names are validated by the contract. */
import { mkdir, readFile, readdir, rm, stat } from 'node:fs/promises'
import { safeJoin, writeFileAtomic } from './files'
import { HandledError } from './ipc-dispatch'

export function backupFolder(dir: string) {
  return {
    async write(name: string, text: string) {
      await mkdir(dir, { recursive: true })
      await writeFileAtomic(safeJoin(dir, name), text)
    },
    async list() {
      await mkdir(dir, { recursive: true })
      const names = (await readdir(dir)).filter((n) => !n.endsWith('.tmp'))
      const out = []
      for (const name of names) {
        const s = await stat(safeJoin(dir, name))
        if (s.isFile()) out.push({ name, size: s.size, modifiedAt: s.mtime.toISOString() })
      }
      return out.sort((a, b) => a.name.localeCompare(b.name))
    },
    async read(name: string) {
      try {
        return await readFile(safeJoin(dir, name), 'utf8')
      } catch {
        throw new HandledError('not-found', `备份文件不存在或无法读取：${name}`)
      }
    },
    async remove(name: string) {
      await rm(safeJoin(dir, name), { force: true })
    },
  }
}

import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { backupIfDue, listBackups, type BackupTarget } from './backup-runner'
import { addReviewer } from '../entities/reviewers'
import { testSession, testYear } from '../core/test-support'

class MemoryFolder implements BackupTarget {
  files = new Map<string, string>()
  async write(name: string, text: string) {
    this.files.set(name, text)
  }
  async list() {
    return [...this.files.keys()]
  }
  async remove(name: string) {
    this.files.delete(name)
  }
}

const at = (iso: string) => ({ now: new Date(iso), utcOffsetMinutes: 480 })
const build = async () => '{"backup":true}'

describe('backupIfDue', () => {
  it('backs up changes every 15 minutes, not without changes, and prunes old days', async () => {
    const s = await testSession()
    const y = await testYear(s)
    const folder = new MemoryFolder()
    folder.files.set('考评通备份_20260201-100000_auto.kpt', 'old')
    folder.files.set('考评通备份_20260201-120000_auto.kpt', 'old, later')
    folder.files.set('说明.txt', 'not ours')

    const first = await backupIfDue(s.db, folder, 'tick', build, at('2026-03-31T02:00:00Z'))
    expect(first?.name).toBe('考评通备份_20260331-100000_auto.kpt')
    expect(first?.removed).toEqual(['考评通备份_20260201-100000_auto.kpt'])
    expect(folder.files.has('说明.txt')).toBe(true)

    // Nothing changed since: no backup, however long we wait.
    expect(await backupIfDue(s.db, folder, 'tick', build, at('2026-03-31T03:00:00Z'))).toBeNull()
    await addReviewer(s, y.id, '张三')
    expect(
      await backupIfDue(s.db, folder, 'tick', build, at('2026-03-31T03:10:00Z')),
    ).not.toBeNull()
    await addReviewer(s, y.id, '李四')
    expect(await backupIfDue(s.db, folder, 'tick', build, at('2026-03-31T03:20:00Z'))).toBeNull()
    expect(
      await backupIfDue(s.db, folder, 'close', build, at('2026-03-31T03:21:00Z')),
    ).toMatchObject({
      name: '考评通备份_20260331-112100_close.kpt',
    })

    const list = await listBackups(folder, 480)
    expect(list.map((b) => b.reason)).toEqual(['close', 'auto', 'auto', 'auto'])
    expect(folder.files.get(list[0]!.name)).toBe('{"backup":true}')
  })
})

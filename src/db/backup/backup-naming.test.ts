import { describe, expect, it } from 'vitest'
import { backupFileName, parseBackupFileName } from './backup-naming'

describe('backup file names', () => {
  it('carry Beijing wall-clock time and the reason', () => {
    const t = new Date('2026-03-31T06:30:15Z') // 14:30:15 in Beijing
    expect(backupFileName(t, 'auto', 480)).toBe('考评通备份_20260331-143015_auto.kpt')
    expect(backupFileName(t, 'before-restore', 480)).toBe(
      '考评通备份_20260331-143015_before-restore.kpt',
    )
  })

  it('parse back to the same instant', () => {
    const t = new Date('2026-12-31T23:59:59Z')
    const name = backupFileName(t, 'close', 480)
    expect(parseBackupFileName(name, 480)).toEqual({ name, createdAt: t, reason: 'close' })
  })

  it('leave alone files that are not ours or are malformed', () => {
    for (const name of [
      '2026年度考评结果.xlsx',
      '考评通备份_20260231-120000_auto.kpt',
      '考评通备份_20260331-143015_unknown.kpt',
      '考评通备份_20260331-143015_auto.kpt.tmp',
      'x考评通备份_20260331-143015_auto.kpt',
    ]) {
      expect(parseBackupFileName(name, 480)).toBeNull()
    }
  })
})

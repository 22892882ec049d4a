/**
 * Backup file names carry their own time and reason, so the list to restore from and the
 * retention rule work from the folder alone, with no index file that could itself be lost:
 *   考评通备份_20260331-143015_auto.kpt
 * The time is the office's local wall-clock time (`utcOffsetMinutes`, China +480). Names that
 * do not parse are not ours and are never touched.
 */
export type BackupReason = 'auto' | 'close' | 'before-restore' | 'before-upgrade' | 'manual'

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  auto: '定时自动备份',
  close: '关闭时备份',
  'before-restore': '恢复前备份',
  'before-upgrade': '升级前备份',
  manual: '手动备份',
}

export const BACKUP_PREFIX = '考评通备份'
export const BACKUP_EXTENSION = '.kpt'

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

export function backupFileName(
  createdAt: Date,
  reason: BackupReason,
  utcOffsetMinutes: number = -createdAt.getTimezoneOffset(),
): string {
  const t = new Date(createdAt.getTime() + utcOffsetMinutes * 60_000)
  const date = `${t.getUTCFullYear()}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}`
  const time = `${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}`
  return `${BACKUP_PREFIX}_${date}-${time}_${reason}${BACKUP_EXTENSION}`
}

const NAME_PATTERN = new RegExp(
  `^${BACKUP_PREFIX}_(\\d{4})(\\d{2})(\\d{2})-(\\d{2})(\\d{2})(\\d{2})_([a-z-]+)\\${BACKUP_EXTENSION}$`,
)

export interface ParsedBackupName {
  name: string
  createdAt: Date
  reason: BackupReason
}

export function parseBackupFileName(
  name: string,
  utcOffsetMinutes: number = -new Date().getTimezoneOffset(),
): ParsedBackupName | null {
  const m = NAME_PATTERN.exec(name)
  if (!m) return null
  const reason = m[7] as BackupReason
  if (!(reason in BACKUP_REASON_LABELS)) return null
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const utc = Date.UTC(y, mo - 1, d, h, mi, s) - utcOffsetMinutes * 60_000
  const createdAt = new Date(utc)
  // Reject impossible dates such as 20260231 instead of rolling them into March.
  if (backupFileName(createdAt, reason, utcOffsetMinutes) !== name) return null
  return { name, createdAt, reason }
}

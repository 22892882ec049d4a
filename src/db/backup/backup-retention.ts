/**
 * Which automatic backups to keep. The rule, as the office would say it:
 *   - every backup made today is kept;
 *   - for each of the 30 days before today, the last backup of that day is kept;
 *   - older than that, the last backup of each calendar month is kept;
 *   - a backup dated in the future (the PC clock was changed) is kept, never judged.
 * Days and months are the office's local calendar (`utcOffsetMinutes`, China is +480).
 * Only files whose names this app wrote (see backup-naming.ts) are ever considered.
 */
export interface BackupEntry {
  name: string
  createdAt: Date
}

export interface RetentionPlan {
  keep: string[]
  remove: string[]
}

export const DAILY_KEEP_DAYS = 30

const DAY_MS = 86_400_000

/** Days since 1970-01-01 in the office's calendar. */
const localDay = (d: Date, offsetMin: number): number =>
  Math.floor((d.getTime() + offsetMin * 60_000) / DAY_MS)

const localMonth = (d: Date, offsetMin: number): string => {
  const shifted = new Date(d.getTime() + offsetMin * 60_000)
  return `${shifted.getUTCFullYear()}-${shifted.getUTCMonth() + 1}`
}

export function planBackupRetention(
  backups: readonly BackupEntry[],
  now: Date,
  utcOffsetMinutes: number = -now.getTimezoneOffset(),
): RetentionPlan {
  const today = localDay(now, utcOffsetMinutes)
  const newestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
  const seenBuckets = new Set<string>()
  const keep: string[] = []
  const remove: string[] = []
  for (const b of newestFirst) {
    const day = localDay(b.createdAt, utcOffsetMinutes)
    const age = today - day
    let bucket: string | null
    if (age <= 0)
      bucket = null // today, or the future: always kept
    else if (age <= DAILY_KEEP_DAYS) bucket = `day:${day}`
    else bucket = `month:${localMonth(b.createdAt, utcOffsetMinutes)}`
    if (bucket === null || !seenBuckets.has(bucket)) {
      if (bucket !== null) seenBuckets.add(bucket)
      keep.push(b.name)
    } else {
      remove.push(b.name)
    }
  }
  return { keep, remove }
}

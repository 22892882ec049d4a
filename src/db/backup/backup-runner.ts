/**
 * Automatic backups, the data side: decide (backup-schedule.ts), build the text, hand it to the
 * platform to write atomically, remember what was backed up, then prune by the retention rule.
 * The renderer supplies the `BackupTarget` over the platform (the app's backup folder in
 * Electron); this module never touches files itself.
 */
import type { AssessmentDB } from '../core/database'
import { backupFileName, parseBackupFileName, type BackupReason } from './backup-naming'
import { planBackupRetention } from './backup-retention'
import { isBackupDue, type BackupState, type BackupTrigger } from './backup-schedule'

/** The backup folder as the platform exposes it. `write` must be atomic (temp file + rename). */
export interface BackupTarget {
  write(name: string, text: string): Promise<void>
  list(): Promise<string[]>
  remove(name: string): Promise<void>
}

const LAST_BACKUP_KEY = 'lastBackup'

export async function readBackupState(db: AssessmentDB): Promise<BackupState> {
  const last = (await db.meta.get(LAST_BACKUP_KEY))?.value as
    { at: string; seq: number } | undefined
  const newest = await db.history.orderBy('seq').last()
  return {
    lastBackupAt: last ? new Date(last.at) : null,
    lastBackupSeq: last?.seq ?? 0,
    currentSeq: newest?.seq ?? 0,
  }
}

const REASON_OF: Record<BackupTrigger, BackupReason> = {
  tick: 'auto',
  close: 'close',
  'before-restore': 'before-restore',
  'before-upgrade': 'before-upgrade',
}

export interface BackupRun {
  name: string
  removed: string[]
}

export interface BackupOptions {
  now?: Date
  utcOffsetMinutes?: number
}

/**
 * Writes a backup when `trigger` calls for one; null when nothing needed saving. `build` returns
 * the whole store as package text (package.ts `exportAllYearsText`).
 */
export async function backupIfDue(
  db: AssessmentDB,
  target: BackupTarget,
  trigger: BackupTrigger,
  build: (db: AssessmentDB) => Promise<string>,
  options: BackupOptions = {},
): Promise<BackupRun | null> {
  const now = options.now ?? new Date()
  const state = await readBackupState(db)
  if (!isBackupDue(trigger, state, now)) return null
  const text = await build(db)
  const name = backupFileName(now, REASON_OF[trigger], options.utcOffsetMinutes)
  await target.write(name, text)
  await db.meta.put({
    key: LAST_BACKUP_KEY,
    value: { at: now.toISOString(), seq: state.currentSeq },
  })
  const removed = await pruneBackups(target, now, options.utcOffsetMinutes)
  return { name, removed }
}

/** Deletes the backups the retention rule no longer keeps; files not named by us are left. */
export async function pruneBackups(
  target: BackupTarget,
  now: Date,
  utcOffsetMinutes?: number,
): Promise<string[]> {
  const ours = (await target.list())
    .map((n) => parseBackupFileName(n, utcOffsetMinutes))
    .filter((p) => p !== null)
  const plan = planBackupRetention(ours, now, utcOffsetMinutes)
  for (const name of plan.remove) await target.remove(name)
  return plan.remove
}

/** The list to restore from, newest first, with the reason each was made. */
export async function listBackups(target: BackupTarget, utcOffsetMinutes?: number) {
  return (await target.list())
    .map((n) => parseBackupFileName(n, utcOffsetMinutes))
    .filter((p) => p !== null)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
}

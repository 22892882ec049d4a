/**
 * When to write an automatic backup (issue 4, item 7): every 15 minutes while there are
 * changes not yet in a backup, on close when there are such changes, and always before a
 * restore or an upgrade. "Changes" are history entries: every write records one, so the last
 * history sequence number tells whether anything happened since the last backup.
 */
export const BACKUP_INTERVAL_MS = 15 * 60_000

export type BackupTrigger = 'tick' | 'close' | 'before-restore' | 'before-upgrade'

export interface BackupState {
  /** When the last automatic backup was written; null when never. */
  lastBackupAt: Date | null
  /** The history sequence number the last backup included; 0 when never. */
  lastBackupSeq: number
  /** The newest history sequence number now; 0 when there is no history. */
  currentSeq: number
}

export const hasUnsavedChanges = (s: BackupState): boolean => s.currentSeq > s.lastBackupSeq

export function isBackupDue(
  trigger: BackupTrigger,
  state: BackupState,
  now: Date,
  intervalMs = BACKUP_INTERVAL_MS,
): boolean {
  switch (trigger) {
    case 'before-restore':
    case 'before-upgrade':
      return true
    case 'close':
      return hasUnsavedChanges(state)
    case 'tick':
      return (
        hasUnsavedChanges(state) &&
        (state.lastBackupAt === null || now.getTime() - state.lastBackupAt.getTime() >= intervalMs)
      )
  }
}

/** How long until the next tick worth checking; the renderer's timer sleeps this long. */
export function msUntilNextCheck(
  state: BackupState,
  now: Date,
  intervalMs = BACKUP_INTERVAL_MS,
): number {
  if (state.lastBackupAt === null) return intervalMs
  const due = state.lastBackupAt.getTime() + intervalMs - now.getTime()
  // Clock moved back or long overdue: check again after a full interval, or a minute.
  return due <= 0 ? 60_000 : Math.min(due, intervalMs)
}

import { platform } from '@platform'
import { useEffect } from 'react'
import { useStore } from '../shared/store-context'
import { backupTarget } from '../shared/backup-target'
import { backupIfDue, type BackupTrigger } from '../../db'
import { exportAllYearsText } from '../../db'
import { logError } from '../errors/log-error'

const CHECK_EVERY_MS = 60_000

/**
 * Automatic backups while the app is open: the store decides whether one is due (every 15
 * minutes while there are changes, and on close); this only asks it regularly. A failed backup
 * is logged and tried again at the next check; it never interrupts the work.
 */
export function BackupScheduler() {
  const { db } = useStore()
  useEffect(() => {
    const run = async (trigger: BackupTrigger) => {
      try {
        await backupIfDue(db, backupTarget, trigger, exportAllYearsText)
      } catch (e) {
        await logError(e, `自动备份（${trigger}）`)
      }
    }
    const timer = window.setInterval(() => void run('tick'), CHECK_EVERY_MS)
    platform.setCloseHandler(() => run('close'))
    return () => window.clearInterval(timer)
  }, [db])
  return null
}

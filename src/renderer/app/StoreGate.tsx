import { Center, Loader, Stack, Text } from '@mantine/core'
import { useCallback, useEffect, useState, type ReactNode } from 'react'
import { OperatorScreen } from './OperatorScreen'
import { forgetOperator, rememberOperator, rememberedOperator } from './working-operator'
import { RecoveryScreen } from './RecoveryScreen'
import { StoreContext } from '../shared/store-context'
import { backupTarget } from '../shared/backup-target'
import {
  backupFileName,
  checkStoreAgainstMarker,
  isStoreError,
  lastOperator,
  listRecentOperators,
  openDatabase,
  requestPersistentStorage,
  startSession,
  type AssessmentDB,
  type PersistState,
  type Session,
} from '../../db'
import { logError } from '../errors/log-error'

type Phase =
  | { name: 'opening' }
  | { name: 'failed'; code: string; message: string }
  | { name: 'emptier'; db: AssessmentDB; message: string }
  | { name: 'operator'; db: AssessmentDB; recent: string[]; last: string | null }
  | { name: 'ready'; db: AssessmentDB; session: Session }

const markerStorage = (): Storage => window.localStorage

/**
 * Said after any failure to open: what to try, in the order that usually helps. In the browser
 * build the usual causes are a private window or a browser set to keep no site data.
 */
const WHAT_TO_TRY =
  '请关闭其他已打开考评通的窗口后点“重新加载”；在浏览器中使用时，请不要用无痕窗口，' +
  '并在浏览器设置中允许本网址保存数据。'

/**
 * Opens the local store before any page shows: refuses a database from a newer build, refuses
 * a store that came back emptier than the marker says, then asks who is working.
 */
export function StoreGate({ children }: { children: ReactNode }) {
  const [phase, setPhase] = useState<Phase>({ name: 'opening' })
  const [persist, setPersist] = useState<PersistState>('unsupported')
  // Set when the store came back emptier and the office chose to restore from a backup.
  const [recovery, setRecovery] = useState<string | null>(null)

  const begin = useCallback(async (db: AssessmentDB, name: string) => {
    const session = await startSession(db, name, { marker: markerStorage() })
    rememberOperator(session.operator)
    setPhase({ name: 'ready', db, session })
  }, [])

  const askOperator = useCallback(
    async (db: AssessmentDB) => {
      const remembered = rememberedOperator()
      if (remembered) {
        try {
          await begin(db, remembered)
          return
        } catch (e) {
          // A name that no longer starts a session (say, a rule on names changed): ask instead.
          void logError(e, '继续本次操作人')
          forgetOperator()
        }
      }
      setPhase({
        name: 'operator',
        db,
        recent: await listRecentOperators(db),
        last: await lastOperator(db),
      })
    },
    [begin],
  )

  useEffect(() => {
    let cancelled = false
    void (async () => {
      try {
        // An older layout is saved to the backup folder before Dexie upgrades it; if that
        // save fails, the upgrade does not run and the store stays as it was.
        const db = await openDatabase({
          beforeUpgrade: async (snapshot) => {
            const name = backupFileName(new Date(), 'before-upgrade')
            await backupTarget.write(name, JSON.stringify(snapshot))
          },
        })
        if (cancelled) return db.close()
        void requestPersistentStorage().then(setPersist)
        const check = await checkStoreAgainstMarker(db, markerStorage())
        if (check.status === 'emptier') {
          setPhase({ name: 'emptier', db, message: check.message })
          return
        }
        await askOperator(db)
      } catch (e) {
        void logError(e, '打开本机数据库')
        if (isStoreError(e) && e.code !== 'db-open-failed')
          setPhase({ name: 'failed', code: e.code, message: e.message })
        else {
          const what = isStoreError(e) ? e.message : '无法打开本机数据。'
          setPhase({ name: 'failed', code: 'db-open-failed', message: what + WHAT_TO_TRY })
        }
      }
    })()
    return () => {
      cancelled = true
    }
  }, [askOperator])

  switch (phase.name) {
    case 'opening':
      return (
        <Center h="100vh">
          <Stack align="center" gap="xs">
            <Loader size="sm" />
            <Text size="sm" c="dimmed">
              正在打开本机数据……
            </Text>
          </Stack>
        </Center>
      )
    case 'failed':
      return <RecoveryScreen code={phase.code} message={phase.message} />
    case 'emptier':
      return (
        <RecoveryScreen
          code="store-emptier-than-marker"
          message={phase.message}
          db={phase.db}
          onRecover={() => {
            setRecovery(phase.message)
            window.location.hash = '#/data'
            void askOperator(phase.db)
          }}
          onContinue={() => void askOperator(phase.db)}
        />
      )
    case 'operator':
      return (
        <OperatorScreen
          recent={phase.recent}
          last={phase.last}
          onChoose={(name) => begin(phase.db, name)}
        />
      )
    case 'ready':
      return (
        <StoreContext.Provider
          value={{
            db: phase.db,
            session: phase.session,
            persist,
            switchOperator: () => {
              forgetOperator()
              void askOperator(phase.db)
            },
            recovery,
            endRecovery: () => setRecovery(null),
          }}
        >
          {children}
        </StoreContext.Provider>
      )
  }
}

import { Notification, Portal, Stack } from '@mantine/core'
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'

/**
 * Every change of data says what it did ("已新增 1 个单位"), and every refusal says why. A small
 * stack in the corner; each message stays for a few seconds, errors until dismissed.
 */
export interface Notice {
  id: number
  kind: 'success' | 'error' | 'info'
  title: string
  message?: string
}

export type Notify = (notice: Omit<Notice, 'id'>) => void

/** The notice for a failed action: `title` says what did not happen, the message why. */
export const failureNotice = (title: string, e: unknown): Omit<Notice, 'id'> => ({
  kind: 'error',
  title,
  message: e instanceof Error ? e.message : String(e),
})

const NotifyContext = createContext<Notify>(() => {})

export const useNotify = (): Notify => useContext(NotifyContext)

const COLORS = { success: 'teal', error: 'red', info: 'blue' } as const

export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([])
  const next = useRef(1)

  const dismiss = useCallback((id: number) => {
    setNotices((list) => list.filter((n) => n.id !== id))
  }, [])

  const notify = useCallback<Notify>(
    (notice) => {
      const id = next.current++
      setNotices((list) => [...list.slice(-2), { ...notice, id }])
      if (notice.kind !== 'error') setTimeout(() => dismiss(id), 5000)
    },
    [dismiss],
  )

  const value = useMemo(() => notify, [notify])
  return (
    <NotifyContext.Provider value={value}>
      {children}
      <Portal>
        <Stack
          gap="xs"
          style={{ position: 'fixed', right: 16, bottom: 16, width: 340, zIndex: 400 }}
          aria-live="polite"
        >
          {notices.map((n) => (
            <Notification
              key={n.id}
              color={COLORS[n.kind]}
              title={n.title}
              onClose={() => dismiss(n.id)}
              closeButtonProps={{ 'aria-label': '关闭提示' }}
              withBorder
              data-testid={`notice-${n.kind}`}
              role={n.kind === 'error' ? 'alert' : 'status'}
            >
              {n.message}
            </Notification>
          ))}
        </Stack>
      </Portal>
    </NotifyContext.Provider>
  )
}

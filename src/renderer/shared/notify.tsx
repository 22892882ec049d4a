import { Notification, Portal, Stack } from '@mantine/core'
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { addNotice, noticesOnPage, type Notice } from './notice-list'

/**
 * Every change of data says what it did ("已新增 1 个单位"), and every refusal says why. A small
 * stack in the corner; each message stays for a few seconds, errors until dismissed or until the
 * office moves to another page.
 */
export type { Notice }

export type Notify = (notice: Omit<Notice, 'id' | 'page'>) => void

/** The notice for a failed action: `title` says what did not happen, the message why. */
export const failureNotice = (title: string, e: unknown): Omit<Notice, 'id' | 'page'> => ({
  kind: 'error',
  title,
  message: e instanceof Error ? e.message : String(e),
})

const NotifyContext = createContext<Notify>(() => {})

export const useNotify = (): Notify => useContext(NotifyContext)

const COLORS = { success: 'teal', error: 'red', info: 'blue' } as const

const currentPage = () => window.location.hash

export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<readonly Notice[]>([])
  const next = useRef(1)

  const dismiss = useCallback((id: number) => {
    setNotices((list) => list.filter((n) => n.id !== id))
  }, [])

  const notify = useCallback<Notify>(
    (notice) => {
      const id = next.current++
      setNotices((list) => addNotice(list, { ...notice, id, page: currentPage() }))
      if (notice.kind !== 'error') setTimeout(() => dismiss(id), 5000)
    },
    [dismiss],
  )

  useEffect(() => {
    const leave = () => setNotices((list) => noticesOnPage(list, currentPage()))
    window.addEventListener('hashchange', leave)
    return () => window.removeEventListener('hashchange', leave)
  }, [])

  const value = useMemo(() => notify, [notify])
  return (
    <NotifyContext.Provider value={value}>
      {children}
      <Portal>
        {/* Over the foot of the navigation column, which is empty below the ten sections, and no
            wider than it: every column of the page's tables stays readable under the notices. */}
        <Stack
          gap={6}
          style={{
            position: 'fixed',
            left: 6,
            bottom: 30,
            width: 172,
            zIndex: 400,
          }}
          aria-live="polite"
          data-testid="notices"
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
              styles={{ title: { fontSize: 13 }, description: { fontSize: 12 } }}
            >
              {n.message}
            </Notification>
          ))}
        </Stack>
      </Portal>
    </NotifyContext.Provider>
  )
}

import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core'
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react'

/**
 * Destructive actions ask first. `confirm()` resolves to the reason typed (when one is asked
 * for), `''` when none is needed, or `null` when the person cancels.
 */
export interface ConfirmRequest {
  title: string
  message: ReactNode
  confirmLabel: string
  /** Ask for a reason (recorded in the history); the button stays disabled until one is given. */
  reasonLabel?: string
  danger?: boolean
}

type Confirm = (req: ConfirmRequest) => Promise<string | null>

const ConfirmContext = createContext<Confirm>(async () => null)

export const useConfirm = (): Confirm => useContext(ConfirmContext)

export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<ConfirmRequest | null>(null)
  const [reason, setReason] = useState('')
  const resolver = useRef<((value: string | null) => void) | null>(null)

  const confirm = useCallback<Confirm>((req) => {
    setReason('')
    setRequest(req)
    return new Promise((resolve) => {
      resolver.current = resolve
    })
  }, [])

  const close = (value: string | null) => {
    resolver.current?.(value)
    resolver.current = null
    setRequest(null)
  }

  const needsReason = Boolean(request?.reasonLabel)
  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      <Modal opened={request !== null} onClose={() => close(null)} title={request?.title} centered>
        <Stack gap="sm">
          <Text size="sm" component="div">
            {request?.message}
          </Text>
          {needsReason ? (
            <Textarea
              label={request?.reasonLabel}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              autosize
              minRows={2}
              data-autofocus
            />
          ) : null}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => close(null)}>
              取消
            </Button>
            <Button
              color={request?.danger ? 'red' : undefined}
              disabled={needsReason && reason.trim() === ''}
              onClick={() => close(needsReason ? reason.trim() : '')}
            >
              {request?.confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </ConfirmContext.Provider>
  )
}

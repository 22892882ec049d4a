import { Alert, Button, Container, Group, Stack, Text, Title } from '@mantine/core'
import { forgetMarker, type AssessmentDB } from '../../db'
import { useAppState } from './app-state'
import { useConfirm } from '../shared/confirm'
import { recoveryAdvice } from './recovery-advice'

interface Props {
  code: string
  message: string
  /** Present when the store opened but looks reset: the person may knowingly go on. */
  db?: AssessmentDB
  onContinue?: () => void
  /** Enter the app straight into 数据与备份 to restore, keeping the marker's protection. */
  onRecover?: () => void
}

/**
 * Shown instead of the app when the store must not be used as it is: written by a newer build,
 * impossible to open, or emptier than it was. Nothing is written from here without a decision.
 */
export function RecoveryScreen({ code, message, db, onContinue, onRecover }: Props) {
  const confirm = useConfirm()
  useAppState('recovery')
  const title =
    code === 'db-newer'
      ? '本机数据来自较新版本'
      : code === 'store-emptier-than-marker'
        ? '本机数据可能已丢失'
        : '无法打开本机数据'
  return (
    <Container size="sm" py={48} data-testid="recovery-screen">
      <Stack gap="md">
        <Title order={2}>{title}</Title>
        <Alert color="red">{message}</Alert>
        <Text size="sm">{recoveryAdvice(code, onRecover !== undefined)}</Text>
        <Group>
          <Button variant="default" onClick={() => window.location.reload()}>
            重新加载
          </Button>
          {onRecover ? <Button onClick={onRecover}>从备份恢复</Button> : null}
          {db && onContinue ? (
            <Button
              color="red"
              variant="light"
              onClick={async () => {
                const ok = await confirm({
                  title: '确认继续使用现有数据',
                  message:
                    '继续后，考评通将以数据库现有内容为准，不再提示缺少的数据。确定已知晓数据缺失吗？',
                  confirmLabel: '我已知晓，继续',
                  danger: true,
                })
                if (ok === null) return
                forgetMarker(db, window.localStorage)
                onContinue()
              }}
            >
              我已知晓，继续使用现有数据
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Container>
  )
}

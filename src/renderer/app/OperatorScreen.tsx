import { Alert, Button, Center, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { useAppState } from './app-state'
import { describeError } from '../errors/log-error'

interface Props {
  recent: string[]
  last: string | null
  onChoose: (name: string) => Promise<void>
}

/**
 * An office PC is shared: whoever opens the app says who they are, and every change in the
 * history carries that name.
 */
export function OperatorScreen({ recent, last, onChoose }: Props) {
  const [name, setName] = useState(last ?? '')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  useAppState('operator')

  const submit = async (chosen: string) => {
    setBusy(true)
    setError(null)
    try {
      await onChoose(chosen)
    } catch (e) {
      setError(describeError(e).message)
      setBusy(false)
    }
  }

  return (
    <Center h="100vh" bg="gray.0">
      <Paper withBorder p="xl" w={400} shadow="xs">
        <form
          onSubmit={(e) => {
            e.preventDefault()
            void submit(name)
          }}
        >
          <Stack gap="md">
            <Title order={2} fz={20}>
              考评通
            </Title>
            <Text size="sm" c="dimmed">
              请选择或填写操作人姓名。每一次修改都会记下操作人，便于日后查对。
            </Text>
            <TextInput
              label="操作人"
              placeholder="例如：王芳"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              autoFocus
            />
            {recent.length > 0 ? (
              <Stack gap={4}>
                <Text size="xs" c="dimmed">
                  最近的操作人（点击即以此身份开始）
                </Text>
                <Group gap={6}>
                  {recent.map((r) => (
                    <Button
                      key={r}
                      size="compact-sm"
                      variant="light"
                      disabled={busy}
                      onClick={() => void submit(r)}
                    >
                      {r}
                    </Button>
                  ))}
                </Group>
              </Stack>
            ) : null}
            {error ? <Alert color="red">{error}</Alert> : null}
            <Button type="submit" loading={busy}>
              开始工作
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  )
}

import { Button, Group, Text } from '@mantine/core'
import { useStore } from '../shared/store-context'

/** Who is working, at the right of the header; another colleague can take over from here. */
export function HeaderStatus() {
  const { session, switchOperator } = useStore()
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" data-testid="operator-name">
        操作人：{session.operator}
      </Text>
      <Button size="compact-xs" variant="subtle" onClick={switchOperator}>
        切换操作人
      </Button>
    </Group>
  )
}

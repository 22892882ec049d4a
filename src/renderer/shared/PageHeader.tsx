import { Group, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'

/** The title line of every page: its name, what it is for, and its main actions on the right. */
export function PageHeader({
  title,
  purpose,
  actions,
}: {
  title: string
  purpose: string
  actions?: ReactNode
}) {
  return (
    <Group justify="space-between" align="flex-end" wrap="nowrap">
      <Stack gap={2}>
        <Title order={2} fz={20}>
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {purpose}
        </Text>
      </Stack>
      {actions ? <Group gap="xs">{actions}</Group> : null}
    </Group>
  )
}

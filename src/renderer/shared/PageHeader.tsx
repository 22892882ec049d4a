import { Group, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { HELP_TOPICS } from '../../help'
import { HelpButton } from './help/HelpButton'

/**
 * The title line of every page: its name, what it is for, and its main actions on the right,
 * with the page's help (帮助, F1) found by the page's title, which is its section's name.
 */
export function PageHeader({
  title,
  purpose,
  actions,
}: {
  title: string
  purpose: string
  actions?: ReactNode
}) {
  const topic = HELP_TOPICS.find((t) => t.title === title)
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
      <Group gap="xs">
        {actions}
        {topic ? <HelpButton topic={topic} /> : null}
      </Group>
    </Group>
  )
}

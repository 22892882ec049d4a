import { Alert, List, Stack, Text } from '@mantine/core'
import type { Section } from '../navigation/sections'
import { PLANNED } from './planned-content'
import { PageHeader } from '../shared/PageHeader'

/** A section whose work is not built yet. It says what will come and offers no dead controls. */
export function PlannedPage({ section }: { section: Section }) {
  const items = PLANNED[section.id] ?? []
  return (
    <Stack gap="md">
      <PageHeader title={section.label} purpose={section.purpose} />
      <Alert color="gray" title="本页面尚在建设中" data-testid="planned-notice">
        <Text size="sm" mb="xs">
          这一部分的功能还没有完成，目前不能在这里录入或修改数据。建成后将提供：
        </Text>
        <List size="sm" spacing={4}>
          {items.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      </Alert>
    </Stack>
  )
}

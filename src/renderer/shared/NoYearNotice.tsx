import { Alert, Button, Stack } from '@mantine/core'
import { PageHeader } from './PageHeader'
import type { Section } from '../navigation/sections'

/** Pages that work on a year, before any year exists. */
export function NoYearNotice({ section }: { section: Section }) {
  return (
    <Stack gap="md">
      <PageHeader title={section.label} purpose={section.purpose} />
      <Alert color="blue" title="还没有考评年度" data-testid="no-year">
        请先在“年度设置”中建立一个考评年度（可以从示例年度开始，或从零新建）。
        <div>
          <Button component="a" href="#/year" size="compact-sm" mt="xs" variant="light">
            去建立年度
          </Button>
        </div>
      </Alert>
    </Stack>
  )
}

import { Stack } from '@mantine/core'
import { NewYearForm } from './NewYearForm'
import { YearList } from './YearList'
import { PageHeader } from '../../components/PageHeader'
import type { Section } from '../../navigation/sections'

export function YearPage({ section }: { section: Section }) {
  return (
    <Stack gap="md">
      <PageHeader title={section.label} purpose={section.purpose} />
      <YearList />
      <NewYearForm />
    </Stack>
  )
}

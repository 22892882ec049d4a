import { Stack } from '@mantine/core'
import { NewYearForm } from './NewYearForm'
import { YearList } from './YearList'
import { useCurrentYear } from '../../data/current-year'
import { PageHeader } from '../../components/PageHeader'
import type { Section } from '../../navigation/sections'

export function YearPage({ section }: { section: Section }) {
  const { years } = useCurrentYear()
  return (
    <Stack gap="md">
      <PageHeader title={section.label} purpose={section.purpose} />
      <YearList />
      {/* Keyed by the count so the form starts afresh (next year number) after each creation. */}
      {years ? <NewYearForm key={years.length} /> : null}
    </Stack>
  )
}

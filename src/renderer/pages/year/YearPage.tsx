import { Stack } from '@mantine/core'
import { NewYearForm } from './NewYearForm'
import { YearList } from './YearList'
import { YearSettingsForm } from './YearSettingsForm'
import { useCurrentYear } from '../../data/current-year'
import { PageHeader } from '../../components/PageHeader'
import type { Section } from '../../navigation/sections'

export function YearPage({ section }: { section: Section }) {
  const { years, year } = useCurrentYear()
  return (
    <Stack gap="md">
      <PageHeader title={section.label} purpose={section.purpose} />
      <YearList />
      {year ? (
        <YearSettingsForm key={`${year.id}|${JSON.stringify(year.settings)}`} year={year} />
      ) : null}
      {/* Keyed by the count so the form starts afresh (next year number) after each creation. */}
      {years ? <NewYearForm key={years.length} /> : null}
    </Stack>
  )
}

import { Alert, Stack } from '@mantine/core'
import { NewYearForm } from './NewYearForm'
import { YearList } from './YearList'
import { YearSettingsForm } from './YearSettingsForm'
import { useCurrentYear } from '../../shared/current-year'
import { PageHeader } from '../../shared/PageHeader'
import type { Section } from '../../navigation/sections'

export function YearPage({ section }: { section: Section }) {
  const { years, year } = useCurrentYear()
  return (
    <Stack gap="md">
      <PageHeader title={section.label} purpose={section.purpose} />
      {years && years.length === 0 ? (
        <Alert color="blue" title="欢迎使用考评通" data-testid="welcome">
          {'本机还没有考评年度。第一次使用，建议先“从示例年度开始”熟悉流程（示例是虚构的云溪县）；'}
          {'正式工作时“从零新建”，录入本县的名册，再按需要调整默认细则。'}
        </Alert>
      ) : null}
      <YearList />
      {year ? (
        <YearSettingsForm key={`${year.id}|${JSON.stringify(year.settings)}`} year={year} />
      ) : null}
      {/* Keyed by the count so the form starts afresh (next year number) after each creation. */}
      {years ? <NewYearForm key={years.length} /> : null}
    </Stack>
  )
}

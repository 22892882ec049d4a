import { Alert, Stack } from '@mantine/core'
import { HistoryPanel } from './HistoryPanel'
import { PackagePanel } from './PackagePanel'
import { PERSIST_LABELS } from '../../../db'
import { PageHeader } from '../../components/PageHeader'
import { useCurrentYear } from '../../data/current-year'
import { useStore } from '../../data/store-context'
import type { Section } from '../../navigation/sections'

export function DataPage({ section }: { section: Section }) {
  const { persist } = useStore()
  const { year } = useCurrentYear()
  return (
    <Stack gap="md">
      <PageHeader title={section.label} purpose={section.purpose} />
      <Alert
        color={persist === 'persisted' || persist === 'granted-now' ? 'teal' : 'yellow'}
        py={6}
      >
        {PERSIST_LABELS[persist]}
      </Alert>
      <PackagePanel />
      <HistoryPanel yearId={year?.id ?? null} />
    </Stack>
  )
}

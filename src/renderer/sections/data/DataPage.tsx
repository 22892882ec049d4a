import { Alert, SimpleGrid, Stack } from '@mantine/core'
import { useState } from 'react'
import { BackupsPanel } from './BackupsPanel'
import { ExportPanel } from './ExportPanel'
import { HistoryPanel } from './HistoryPanel'
import { RestorePanel, type Loaded } from './RestorePanel'
import { PERSIST_LABELS } from '../../../db'
import { PageHeader } from '../../shared/PageHeader'
import { useCurrentYear } from '../../shared/current-year'
import { useStore } from '../../shared/store-context'
import type { Section } from '../../navigation/sections'

export function DataPage({ section }: { section: Section }) {
  const { persist, recovery } = useStore()
  const { year, years } = useCurrentYear()
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  return (
    <Stack gap="md">
      <PageHeader title={section.label} purpose={section.purpose} />
      {recovery ? (
        <Alert color="red" title="请先恢复数据" data-testid="recovery-banner">
          {recovery} 可从右侧的自动备份或下方的数据文件恢复全部年度。
        </Alert>
      ) : null}
      <Alert
        color={persist === 'persisted' || persist === 'granted-now' ? 'teal' : 'yellow'}
        py={6}
        data-testid="persist-state"
      >
        {PERSIST_LABELS[persist]}
      </Alert>
      <SimpleGrid cols={2} spacing="md">
        <ExportPanel year={year} yearCount={years?.length ?? 0} />
        <BackupsPanel onOpen={setLoaded} />
      </SimpleGrid>
      <RestorePanel loaded={loaded} setLoaded={setLoaded} />
      <HistoryPanel yearId={year?.id ?? null} />
    </Stack>
  )
}

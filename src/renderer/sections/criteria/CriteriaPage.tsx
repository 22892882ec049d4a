import { Alert, Stack, Tabs } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { SheetEditor } from './SheetEditor'
import { currentCriteria } from '../../../db'
import { NoYearNotice } from '../../shared/NoYearNotice'
import { PageHeader } from '../../shared/PageHeader'
import { useCurrentYear } from '../../shared/current-year'
import { useStore } from '../../shared/store-context'
import { SEQUENCES, type SequenceId } from '../../shared/labels'
import type { Section } from '../../navigation/sections'

export function CriteriaPage({ section }: { section: Section }) {
  const { db } = useStore()
  const { year } = useCurrentYear()
  const [sequence, setSequence] = useState<SequenceId>('township')
  const yearId = year?.id ?? ''
  // `null` once loaded with no sheet, so the editor is not mounted before the data is known.
  const current = useLiveQuery(
    async () => (await currentCriteria(db, yearId, sequence)) ?? null,
    [db, yearId, sequence],
  )
  if (!year) return <NoYearNotice section={section} />
  return (
    <Stack gap="md">
      <PageHeader title={section.label} purpose={section.purpose} />
      {year.locked ? <Alert color="gray">{year.title}已审定锁定，细则只能查看。</Alert> : null}
      <Tabs value={sequence} onChange={(v) => v && setSequence(v as SequenceId)}>
        <Tabs.List>
          {SEQUENCES.map((s) => (
            <Tabs.Tab key={s.id} value={s.id}>
              {s.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {current === undefined ? null : (
        <SheetEditor
          // A new saved version (here or in another window) starts the editor afresh.
          key={`${yearId}|${sequence}|${current?.version ?? 0}|${current?.savedAt ?? ''}`}
          year={year}
          sequence={sequence}
          current={current ?? undefined}
        />
      )}
    </Stack>
  )
}

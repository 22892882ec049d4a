import { Alert, Stack, Tabs } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { SheetEditor } from './SheetEditor'
import { criteriaDraft, currentCriteria } from '../../../db'
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
  // The answer carries the sequence it was asked for: useLiveQuery keeps the previous tab's
  // sheet until the new query answers, and that sheet must never be mounted under this tab.
  const loaded = useLiveQuery(
    async () => ({
      sequence,
      row: (await currentCriteria(db, yearId, sequence)) ?? null,
      draft: (await criteriaDraft(db, yearId, sequence)) ?? null,
    }),
    [db, yearId, sequence],
  )
  const mine = loaded?.sequence === sequence ? loaded : undefined
  const current = mine?.row
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
          // The sheet's own id is the editor's identity (two sequences' sheets can share version
          // and save time); a save (here or in another window) starts the editor afresh.
          key={`${current?.id ?? `${yearId}|${sequence}|none`}|${current?.savedAt ?? ''}|${mine?.draft?.savedAt ?? ''}`}
          year={year}
          sequence={sequence}
          current={current ?? undefined}
          stored={mine?.draft ?? undefined}
        />
      )}
    </Stack>
  )
}

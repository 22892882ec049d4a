import { Alert, Stack, Tabs } from '@mantine/core'
import { useState } from 'react'
import { SheetEditor } from './SheetEditor'
import { NoYearNotice } from '../../shared/NoYearNotice'
import { PageHeader } from '../../shared/PageHeader'
import { useCurrentYear } from '../../shared/current-year'
import { useStore } from '../../shared/store-context'
import { SEQUENCES, type SequenceId } from '../../shared/labels'
import type { Section } from '../../navigation/sections'
import { useCriteriaSheets } from './use-criteria-data'

export function CriteriaPage({ section }: { section: Section }) {
  const { db } = useStore()
  const { year } = useCurrentYear()
  const [sequence, setSequence] = useState<SequenceId>('township')
  const yearId = year?.id ?? ''
  // The answer names its sequence: the previous tab's sheet must never mount under this tab.
  const loaded = useCriteriaSheets(db, yearId, sequence)
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

import { Alert, Divider, Paper, Stack } from '@mantine/core'
import { UnitSelect } from '../../shared/UnitSelect'
import { useState } from 'react'
import { NoYearNotice } from '../../shared/NoYearNotice'
import { PageHeader } from '../../shared/PageHeader'
import { useCurrentYear } from '../../shared/current-year'
import { useStore } from '../../shared/store-context'
import type { Section } from '../../navigation/sections'
import { lockMessage } from '../../shared/lock-message'
import { AdjustmentsPanel } from './AdjustmentsPanel'
import { LedgerOverview } from './LedgerOverview'
import { LedgerPanel } from './LedgerPanel'
import { TargetJudgementPanel } from './TargetJudgementPanel'
import { useRecheckUnits } from './use-recheck-data'

/** 复核: the performance office's adjustments and the problem ledger, unit by unit. */
export function ReviewPage({ section }: { section: Section }) {
  const { db } = useStore()
  const { year } = useCurrentYear()
  const yearId = year?.id ?? ''
  const units = useRecheckUnits(db, yearId)
  const [unitId, setUnitId] = useState<string | null>(null)
  if (!year) return <NoYearNotice section={section} />
  const unit = units?.find((u) => u.id === unitId) ?? units?.[0]
  return (
    <Stack gap="sm">
      <PageHeader title={section.label} purpose={section.purpose} />
      {year.locked ? <Alert color="gray">{lockMessage(year.title)}</Alert> : null}
      <LedgerOverview yearId={year.id} units={units ?? []} />
      <UnitSelect units={units ?? []} value={unit?.id ?? ''} onChange={setUnitId} />
      {unit ? (
        <Paper withBorder p="sm">
          <AdjustmentsPanel unit={unit} locked={year.locked} />
          <Divider my="sm" />
          <LedgerPanel unit={unit} locked={year.locked} deducted={year.settings.ledgerDeducted} />
          <Divider my="sm" />
          <TargetJudgementPanel unit={unit} locked={year.locked} />
        </Paper>
      ) : (
        <Alert color="blue">
          本年度还没有被考评单位，请先在“单位名册”中添加。复核在审核评分之后进行。
        </Alert>
      )}
    </Stack>
  )
}

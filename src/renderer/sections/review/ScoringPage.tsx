import { Alert, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core'
import { UnitSelect } from '../../shared/UnitSelect'
import { useCallback, useEffect, useRef, useState } from 'react'
import { confirmSelfChange, setReviewerScores, toAppError } from '../../../db'
import { NoYearNotice } from '../../shared/NoYearNotice'
import { PageHeader } from '../../shared/PageHeader'
import { useCurrentYear } from '../../shared/current-year'
import { useStore } from '../../shared/store-context'
import type { Section } from '../../navigation/sections'
import { lockMessage } from '../../shared/lock-message'
import { CrossUnitView } from './CrossUnitView'
import { ReviewerPicker } from './ReviewerPicker'
import { ReviewerSheetExport } from './ReviewerSheetExport'
import { ReviewerSheetImport } from './ReviewerSheetImport'
import type { CellSave } from './ScoreGrid'
import { UnitSheet } from './UnitSheet'
import { useScoringRoster } from './use-unit-scoring'

const PICK_KEY = 'kaopingtong.scoring'

/** 审核评分: one unit's sheet for one reviewer, the others beside it, or one item across units. */
export function ScoringPage({ section }: { section: Section }) {
  const { session } = useStore()
  const { year } = useCurrentYear()
  const [unitId, setUnitId] = useState<string | null>(null)
  const [reviewerId, setReviewerId] = useState<string | null>(null)
  const [view, setView] = useState<'unit' | 'item'>('unit')
  const [exporting, setExporting] = useState(false)
  const { units, reviewers, unit } = useScoringRoster(year, unitId)

  // The reviewer picked in this year. A reviewer just added is picked before the live list has
  // read it back; reviewers are never deleted, so a picked id missing from this year's list is
  // that one, and must not be replaced by the default below.
  const picked = useRef<{ yearId: string; id: string } | null>(null)

  // The reviewer working on this PC is, by default, the reviewer with the operator's name.
  useEffect(() => {
    if (!reviewers || reviewers.some((r) => r.id === reviewerId)) return
    const p = picked.current
    if (p && p.id === reviewerId && p.yearId === year?.id) return
    const saved = window.localStorage.getItem(PICK_KEY)
    const mine =
      reviewers.find((r) => r.id === saved) ??
      reviewers.find((r) => r.name === session.operator) ??
      reviewers[0]
    setReviewerId(mine?.id ?? null)
  }, [reviewers, reviewerId, session.operator, year?.id])

  const yearId = year?.id ?? ''
  const onSave = useCallback(
    async (cells: CellSave[]): Promise<string | null> => {
      if (!unit || !reviewerId) return '请先选择单位和评分人'
      try {
        await setReviewerScores(
          session,
          yearId,
          cells.map((c) => ({ yearId, unitId: unit.id, reviewerId, ...c })),
        )
        return null
      } catch (e) {
        return toAppError(e).message
      }
    },
    [session, yearId, unit, reviewerId],
  )
  const onConfirm = useCallback(
    async (itemCode: string): Promise<string | null> => {
      if (!unit || !reviewerId) return '请先选择单位和评分人'
      try {
        await confirmSelfChange(session, yearId, unit.id, reviewerId, itemCode)
        return null
      } catch (e) {
        return toAppError(e).message
      }
    },
    [session, yearId, unit, reviewerId],
  )

  if (!year) return <NoYearNotice section={section} />
  const locked = year.locked

  return (
    <Stack gap="sm">
      <PageHeader
        title={section.label}
        purpose={section.purpose}
        actions={
          <>
            <Button
              size="xs"
              variant="light"
              onClick={() => setExporting(true)}
              disabled={!reviewers?.some((r) => !r.retired) || !units?.some((u) => !u.retired)}
            >
              导出评分表……
            </Button>
            <ReviewerSheetImport year={year} />
            <SegmentedControl
              size="xs"
              value={view}
              onChange={(v) => setView(v === 'item' ? 'item' : 'unit')}
              data={[
                { value: 'unit', label: '按单位评分' },
                { value: 'item', label: '逐项跨单位对比' },
              ]}
            />
          </>
        }
      />
      <ReviewerSheetExport
        opened={exporting}
        onClose={() => setExporting(false)}
        year={year}
        units={units ?? []}
        reviewers={reviewers ?? []}
        reviewerId={reviewerId}
      />
      {locked ? (
        <Alert color="gray" data-testid="locked-notice">
          {lockMessage(year.title)}
        </Alert>
      ) : null}
      {/* The cross-unit view only reads: no reviewer to score as, no keys or pastes to explain. */}
      {view === 'unit' ? (
        <Group gap="md" align="flex-end">
          <UnitSelect units={units ?? []} value={unit?.id ?? ''} onChange={setUnitId} />
          <ReviewerPicker
            yearId={year.id}
            reviewers={reviewers ?? []}
            value={reviewerId}
            onChange={(id) => {
              window.localStorage.setItem(PICK_KEY, id)
              picked.current = { yearId: year.id, id }
              setReviewerId(id)
            }}
            locked={locked}
          />
          {locked ? null : (
            <Text size="xs" c="dimmed" maw={360} data-testid="grid-hints">
              回车/Tab/方向键在格间移动，直接输入即替换，Esc 撤回；可从 Excel/WPS 复制一列分数粘贴。
              离开单元格即保存。
            </Text>
          )}
        </Group>
      ) : null}
      {view === 'item' ? (
        <CrossUnitView year={year} reviewers={reviewers ?? []} />
      ) : !unit ? (
        <Alert color="blue">本年度还没有被考评单位，请先在“单位名册”中添加。</Alert>
      ) : reviewers ? (
        <UnitSheet
          year={year}
          unit={unit}
          reviewers={reviewers}
          reviewerId={reviewerId}
          lockMessage={lockMessage(year.title)}
          onSave={onSave}
          onConfirm={onConfirm}
        />
      ) : null}
    </Stack>
  )
}

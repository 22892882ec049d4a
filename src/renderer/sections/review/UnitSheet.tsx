import { Alert } from '@mantine/core'
import type { ReviewerRow, UnitRow, YearRow } from '../../../db'
import { sequenceLabel } from '../../shared/labels'
import { ScoreGrid, type CellSave } from './ScoreGrid'
import { ScoringSummary } from './ScoringSummary'
import { useUnitLines } from './use-unit-scoring'

interface Props {
  year: YearRow
  unit: UnitRow
  reviewers: readonly ReviewerRow[]
  reviewerId: string | null
  lockMessage: string
  onSave: (cells: CellSave[]) => Promise<string | null>
  onConfirm: (itemCode: string) => Promise<string | null>
}

/**
 * One unit's summary and score grid for one reviewer. The only part of 审核评分 that reads the
 * scores, so a commit re-renders this and not the page around it.
 */
export function UnitSheet(props: Props) {
  const { year, unit, reviewers, reviewerId, lockMessage, onSave, onConfirm } = props
  const { lines, hasSubmission } = useUnitLines(year, unit, reviewers)
  if (!lines) {
    return (
      <Alert color="blue">
        {sequenceLabel(unit.sequence)}还没有考评细则，请先在“考评细则”中建立。
      </Alert>
    )
  }
  const column = reviewers.findIndex((r) => r.id === reviewerId)
  if (column < 0) return <Alert color="blue">请先新增评分人（考评组成员），再开始评分。</Alert>
  const names = reviewers.map((r) => r.name)
  return (
    <>
      {!hasSubmission ? (
        <Alert color="yellow" py={6}>
          {unit.name}尚未导入自查材料，自评一栏为空。
        </Alert>
      ) : null}
      <ScoringSummary lines={lines} reviewerNames={names} column={column} />
      <ScoreGrid
        key={`${unit.id}|${reviewerId}`}
        lines={lines}
        reviewerNames={names}
        column={column}
        locked={year.locked}
        lockMessage={lockMessage}
        onSave={onSave}
        onConfirm={onConfirm}
      />
    </>
  )
}

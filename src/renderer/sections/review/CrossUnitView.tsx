import { Group, NativeSelect, Text } from '@mantine/core'
import { useMemo, useState } from 'react'
import type { ReviewerRow, YearRow } from '../../../db'
import { criteriaItems, type Sequence } from '../../../domain'
import { useStore } from '../../shared/store-context'
import { SEQUENCES } from '../../shared/labels'
import { figure } from './cell-format'
import { itemAcrossUnits, standardNote } from './cross-unit'
import { useCrossUnitData } from './use-review-data'
import './scoring.css'

/** 逐项跨单位对比: one item of a sequence, every unit in a row. */
export function CrossUnitView({
  year,
  reviewers,
}: {
  year: YearRow
  reviewers: readonly ReviewerRow[]
}) {
  const { db } = useStore()
  const [sequence, setSequence] = useState<Sequence>('township')
  const [code, setCode] = useState<string | null>(null)
  const data = useCrossUnitData(db, year.id, sequence)
  const items = useMemo(() => (data?.criteria ? criteriaItems(data.criteria.sheet) : []), [data])
  const item = items.find((i) => i.code === code) ?? items[0]
  const rows = useMemo(() => {
    if (!data || !item) return []
    return itemAcrossUnits({
      units: data.units.filter((u) => !u.retired),
      itemCode: item.code,
      reviewerIds: reviewers.map((r) => r.id),
      scores: data.scores,
      submissions: data.submissions,
      aggregation: year.settings.aggregation,
      disagreement: year.settings.disagreementThreshold,
    })
  }, [data, item, reviewers, year.settings])
  const threshold = year.settings.disagreementThreshold

  return (
    <>
      <Group gap="md" align="flex-end">
        <NativeSelect
          label="序列"
          size="xs"
          value={sequence}
          onChange={(e) =>
            setSequence(e.currentTarget.value === 'department' ? 'department' : 'township')
          }
          data={SEQUENCES.map((s) => ({ value: s.id, label: s.label }))}
        />
        <NativeSelect
          label="考评内容"
          size="xs"
          w={420}
          value={item?.code ?? ''}
          onChange={(e) => setCode(e.currentTarget.value)}
          data={items.map((i) => ({
            value: i.code,
            label: `${i.code} ${i.title}（${figure(i.max)} 分）`,
          }))}
        />
      </Group>
      {item ? (
        <Text size="xs" c="dimmed" data-testid="cross-unit-standard">
          {standardNote(item.standard, threshold)}
        </Text>
      ) : null}
      <table className="kp-grid" data-testid="cross-unit">
        <thead>
          <tr>
            <th>单位</th>
            <th>自评</th>
            {reviewers.map((r) => (
              <th key={r.id}>{r.name}</th>
            ))}
            <th>汇总</th>
            <th>与中位数之差</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.unitId}>
              <td>{r.name}</td>
              <td className="kp-num">{figure(r.self)}</td>
              {r.scores.map((s, i) => (
                <td
                  key={i}
                  className={
                    s !== null && r.self !== null && s !== r.self ? 'kp-num kp-diff' : 'kp-num'
                  }
                >
                  {figure(s)}
                </td>
              ))}
              <td className={r.disagree ? 'kp-num kp-disagree' : 'kp-num'}>
                {figure(r.aggregate)}
                {r.disagree ? ' ⚑' : ''}
              </td>
              <td
                className={
                  r.offMedian !== null && Math.abs(r.offMedian) > threshold
                    ? 'kp-num kp-disagree'
                    : 'kp-num'
                }
              >
                {r.offMedian === null ? '—' : `${r.offMedian > 0 ? '+' : ''}${figure(r.offMedian)}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}

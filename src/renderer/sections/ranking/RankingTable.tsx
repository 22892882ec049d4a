import type { CSSProperties } from 'react'
import { formatPoints, type SequenceResult, type UnitResult } from '../../../domain'
import { marginText, type BoundaryMargin } from './boundary'
import { BADGES, badgesOf, interviewReasons, rankText } from './outcome-labels'
import '../review/scoring.css'
import './ranking.css'

interface Props {
  seq: SequenceResult
  near: readonly BoundaryMargin[]
  onExplain: (u: UnitResult) => void
}

const tagColors = (color: string) =>
  ({
    '--tag-bg': `var(--mantine-color-${color}-light)`,
    '--tag-fg': `var(--mantine-color-${color}-light-color)`,
  }) as CSSProperties

const signed = (p: number) => `${p > 0 ? '+' : ''}${formatPoints(p)}`

/** One sequence in rank order; a click on a row opens the unit's explanation. */
export function RankingTable({ seq, near, onExplain }: Props) {
  const categories = seq.units[0]?.categories.map((c) => c.title) ?? []
  const nearOf = new Map<string, BoundaryMargin[]>()
  for (const m of near) nearOf.set(m.unitId, [...(nearOf.get(m.unitId) ?? []), m])
  return (
    <table className="kp-grid" data-testid={`ranking-${seq.sequence}`}>
      <thead>
        <tr>
          <th>名次</th>
          <th>单位</th>
          <th>总分</th>
          {categories.map((t) => (
            <th key={t}>{t}</th>
          ))}
          <th>自评总分</th>
          <th>差值</th>
          <th>结果</th>
        </tr>
      </thead>
      <tbody>
        {seq.units.map((u) => {
          const margins = nearOf.get(u.unitId) ?? []
          return (
            <tr
              key={u.unitId}
              onClick={() => onExplain(u)}
              style={{ cursor: 'pointer' }}
              className={margins.length > 0 ? 'kp-near' : undefined}
              data-unit={u.name}
            >
              <td className="kp-num">{rankText(u)}</td>
              <td>{u.name}</td>
              <td className="kp-num">{formatPoints(u.total)}</td>
              {u.categories.map((c) => (
                <td key={c.title} className="kp-num">
                  {formatPoints(c.score)}
                </td>
              ))}
              <td className="kp-num">{u.selfTotal === null ? '—' : formatPoints(u.selfTotal)}</td>
              <td className="kp-num">
                {u.selfTotal === null ? '—' : signed(u.total - u.selfTotal)}
              </td>
              <td>
                <span className="kp-tags">
                  {badgesOf(u).map((k) => (
                    <span
                      key={k}
                      className="kp-tag"
                      style={tagColors(BADGES[k].color)}
                      title={k === 'interview' ? interviewReasons(u) : undefined}
                    >
                      {BADGES[k].label}
                    </span>
                  ))}
                  {margins.map((m) => (
                    <span key={m.line} className="kp-tag kp-tag-outline">
                      {marginText(m)}
                    </span>
                  ))}
                </span>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

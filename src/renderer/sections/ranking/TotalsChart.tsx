import { formatPoints, type SequenceResult } from '../../../domain'

const W = 720
const BAR = 14
const GAP = 4
const LEFT = 150
const RIGHT = 60

/**
 * Each unit's total as a horizontal bar, with the 先进线 and 约谈线 drawn across: hand-made SVG
 * from the domain's numbers, so nothing is fetched and nothing can be typed in.
 */
export function TotalsChart({ seq }: { seq: SequenceResult }) {
  const n = seq.units.length
  const h = n * (BAR + GAP) + 28
  const x = (p: number) => LEFT + (p / 10000) * (W - LEFT - RIGHT)
  const line = (p: number | null, label: string, color: string) =>
    p === null ? null : (
      <g>
        <line x1={x(p)} x2={x(p)} y1={12} y2={h - 4} stroke={color} strokeDasharray="4 3" />
        <text x={x(p) + 3} y={10} fontSize={11} fill={color}>
          {label} {formatPoints(p)}
        </text>
      </g>
    )
  return (
    <svg
      width={W}
      height={h}
      role="img"
      aria-label={`${seq.label}总分图`}
      style={{ background: 'white', border: '1px solid var(--mantine-color-gray-3)' }}
    >
      {seq.units.map((u, i) => {
        const y = 16 + i * (BAR + GAP)
        const fill = u.vetoed
          ? '#e03131'
          : u.advanced
            ? '#0ca678'
            : u.interview
              ? '#f08c00'
              : '#74c0fc'
        return (
          <g key={u.unitId}>
            <text x={LEFT - 6} y={y + BAR - 3} fontSize={11} textAnchor="end">
              {u.name}
            </text>
            <rect x={LEFT} y={y} width={Math.max(0, x(u.total) - LEFT)} height={BAR} fill={fill} />
            <text x={x(u.total) + 4} y={y + BAR - 3} fontSize={11}>
              {formatPoints(u.total)}
            </text>
          </g>
        )
      })}
      {line(seq.advancedLine, '先进线', '#087f5b')}
      {line(seq.interviewLine, '约谈线', '#d9480f')}
    </svg>
  )
}

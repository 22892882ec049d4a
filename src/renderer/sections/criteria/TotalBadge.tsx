import { Badge } from '@mantine/core'
import { FULL_MARKS, formatPoints } from '../../../domain'

/** The running total of a sheet: red until it is exactly 100, then green. */
export function TotalBadge({ total }: { total: number }) {
  const exact = total === FULL_MARKS
  const diff = total - FULL_MARKS
  return (
    <Badge
      size="lg"
      variant={exact ? 'light' : 'filled'}
      color={exact ? 'teal' : 'red'}
      data-testid="criteria-total"
      data-exact={exact}
    >
      合计 {formatPoints(total)} 分
      {exact
        ? ''
        : diff < 0
          ? `（还差 ${formatPoints(-diff)} 分）`
          : `（超出 ${formatPoints(diff)} 分）`}
    </Badge>
  )
}

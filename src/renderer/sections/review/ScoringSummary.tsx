import { Badge, Group, Progress, Text } from '@mantine/core'
import { figure } from './cell-format'
import { categoryTotals, progressByReviewer, sumOf, type ItemLine } from './scoring-model'

interface Props {
  lines: readonly ItemLine[]
  reviewerNames: readonly string[]
  column: number
}

/** Always in view above the grid: subtotals, the running total and how far each reviewer is. */
export function ScoringSummary({ lines, reviewerNames, column }: Props) {
  const cats = categoryTotals(lines, column)
  const done = progressByReviewer(lines, reviewerNames.length)
  const mine = done[column] ?? 0
  const total = (pick: (c: (typeof cats)[number]) => number) => figure(sumOf(cats.map(pick)))
  const disagreements = lines.filter((l) => l.disagree).length
  return (
    <div className="kp-sticky" data-testid="scoring-summary">
      <Group gap="lg" wrap="wrap" align="center">
        <Text size="sm" fw={600} data-testid="running-total">
          本人合计 {total((c) => c.mine)}
        </Text>
        <Text size="sm" data-testid="aggregate-total">
          汇总合计 {total((c) => c.aggregate)}
        </Text>
        <Text size="sm" c="dimmed">
          自评合计 {total((c) => c.self)}
        </Text>
        {cats.map((c) => (
          <Text key={c.title} size="xs" c="dimmed">
            {c.title} {figure(c.mine)}/{figure(c.max)}
          </Text>
        ))}
        {disagreements > 0 ? (
          <Badge color="red" variant="light">
            评分分歧 {disagreements} 项
          </Badge>
        ) : null}
      </Group>
      <Group gap="md" mt={4} wrap="wrap">
        <Group gap={6} w={220} wrap="nowrap">
          <Text size="xs" data-testid="unit-progress">
            本单位已评 {mine}/{lines.length}
          </Text>
          <Progress value={lines.length ? (mine / lines.length) * 100 : 0} w={80} size="sm" />
        </Group>
        {reviewerNames.map((n, i) => (
          <Text key={n} size="xs" c={i === column ? 'blue.8' : 'dimmed'}>
            {n} {done[i] ?? 0}/{lines.length}
          </Text>
        ))}
      </Group>
    </div>
  )
}

import { Badge, Group, List, Modal, Text } from '@mantine/core'
import { formatPoints, type UnitResult } from '../../../domain'
import { BADGES, badgesOf, interviewReasons, rankPhrase } from './outcome-labels'

/** The domain's explanation of one unit's total, rank and outcomes, sentence by sentence. */
export function ExplanationModal({
  unit,
  onClose,
}: {
  unit: UnitResult | null
  onClose: () => void
}) {
  return (
    <Modal
      opened={unit !== null}
      onClose={onClose}
      title={unit ? `${unit.name} · 结果说明` : ''}
      size="lg"
    >
      {unit ? (
        <div data-testid="explanation">
          <Group gap="xs" mb="xs">
            <Text size="sm">
              {rankPhrase(unit)} · 总分 {formatPoints(unit.total)}
            </Text>
            {badgesOf(unit).map((k) => (
              <Badge
                key={k}
                size="sm"
                color={BADGES[k].color}
                variant="light"
                title={k === 'interview' ? interviewReasons(unit) : undefined}
              >
                {BADGES[k].label}
              </Badge>
            ))}
          </Group>
          <List size="sm" spacing={4}>
            {unit.explanation.map((line, i) => (
              <List.Item key={i}>{line}</List.Item>
            ))}
          </List>
          {unit.vetoReasons.length > 0 ? (
            <Text size="sm" c="red.8" mt="xs">
              否决情形：{unit.vetoReasons.join('；')}
            </Text>
          ) : null}
        </div>
      ) : null}
    </Modal>
  )
}

import { Badge, Group, Text } from '@mantine/core'
import type { UnitRow } from '../../../db'
import { LEDGER_ACTIONS, formatPoints, ledgerActionsFor, ledgerPointsOf } from '../../../domain'
import { useStore } from '../../shared/store-context'
import { useYearLedger } from './use-recheck-data'

/** Every unit of the year whose ledger reached a threshold (警示函, 约谈): the office's to-do. */
export function LedgerOverview({ yearId, units }: { yearId: string; units: readonly UnitRow[] }) {
  const { db } = useStore()
  const rows = useYearLedger(db, yearId)
  const reached = units
    .map((u) => {
      const points = ledgerPointsOf((rows ?? []).filter((r) => r.unitId === u.id))
      return { unit: u, points, actions: ledgerActionsFor(points) }
    })
    .filter((x) => x.actions.length > 0)
  if (reached.length === 0) return null
  return (
    <Group gap="xs" data-testid="ledger-overview">
      <Text size="xs" fw={600}>
        台账达到处理标准：
      </Text>
      {reached.map((x) => (
        <Badge key={x.unit.id} color="orange" variant="outline">
          {x.unit.name} {formatPoints(x.points)} 分 ·{' '}
          {LEDGER_ACTIONS.filter((a) => x.actions.includes(a.code))
            .map((a) =>
              a.code === 'warningLetter'
                ? '警示函'
                : a.code === 'interviewDeputy'
                  ? '约谈分管'
                  : '约谈主要',
            )
            .join('、')}
        </Badge>
      ))}
    </Group>
  )
}

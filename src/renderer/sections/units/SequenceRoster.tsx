import { Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core'
import { principalLeaders, profileOf } from './unit-profile'

const NOWRAP = { whiteSpace: 'nowrap' } as const
import type { UnitRow } from '../../../db'

interface Props {
  label: string
  units: UnitRow[]
  /** Units of this sequence before the search filter, for the count in the title; null while
   * the roster is still being read (not 0: the sequence is not known to be empty yet). */
  total: number | null
  readOnly: boolean
  onEdit: (u: UnitRow) => void
  onRetire: (u: UnitRow) => void
  onReinstate: (u: UnitRow) => void
}

/** One sequence of the roster as a dense table. */
export function SequenceRoster({
  label,
  units,
  total,
  readOnly,
  onEdit,
  onRetire,
  onReinstate,
}: Props) {
  const active = units.filter((u) => !u.retired).length
  return (
    <Paper withBorder p="sm" data-testid={`roster-${label}`}>
      <Group justify="space-between" mb={6}>
        <Title order={3} fz={15}>
          {label}
        </Title>
        <Badge variant="light" size="lg" data-testid="roster-count">
          {total === null ? '读取中' : `在册 ${total} 个`}
        </Badge>
      </Group>
      {units.length === 0 ? (
        <Text size="sm" c="dimmed">
          {total === null
            ? '正在读取名册……'
            : total === 0
              ? '本序列还没有单位：点“新增单位”逐个添加，或点“从 Excel 导入……”一次导入整个名册。'
              : '没有符合搜索条件的单位。'}
        </Text>
      ) : (
        <Table striped highlightOnHover fz="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>单位</Table.Th>
              <Table.Th style={NOWRAP}>类别</Table.Th>
              <Table.Th>主要负责人</Table.Th>
              <Table.Th>联系人</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {units.map((u) => {
              const p = profileOf(u)
              return (
                <Table.Tr key={u.id} c={u.retired ? 'dimmed' : undefined}>
                  <Table.Td style={NOWRAP}>
                    {u.name}
                    {u.retired ? (
                      <Badge size="xs" color="gray" ml={4}>
                        已撤销
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td style={NOWRAP}>{p.kind}</Table.Td>
                  <Table.Td title={principalLeaders(p)}>
                    {p.leaders
                      .filter((l) => l.role !== 'deputy')
                      .map((l) => l.name)
                      .join('、') || '—'}
                  </Table.Td>
                  <Table.Td style={NOWRAP}>
                    {p.contact.name || '—'}
                    {p.contact.phone ? ` ${p.contact.phone}` : ''}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {readOnly ? null : (
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => onEdit(u)}
                          aria-label={`修改${u.name}`}
                        >
                          修改
                        </Button>
                        {u.retired ? (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            onClick={() => onReinstate(u)}
                            aria-label={`恢复${u.name}`}
                          >
                            恢复
                          </Button>
                        ) : (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="red"
                            onClick={() => onRetire(u)}
                            aria-label={`撤销${u.name}`}
                          >
                            撤销
                          </Button>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      )}
      {active < units.length ? (
        <Text size="xs" c="dimmed" mt={4}>
          含已撤销单位 {units.length - active} 个（不参加本年度考评）。
        </Text>
      ) : null}
    </Paper>
  )
}

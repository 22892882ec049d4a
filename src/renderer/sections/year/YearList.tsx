import { Badge, Button, Paper, Table, Text, Title } from '@mantine/core'
import type { YearRow } from '../../../db'
import { useCurrentYear } from '../../shared/current-year'
import { ORIGIN_LABELS, formatTime } from '../../shared/labels'

/** Every year on this PC; older years stay readable, one is the year being worked on. */
export function YearList() {
  const { years, year: current, select } = useCurrentYear()
  if (!years || years.length === 0) return null
  return (
    <Paper withBorder p="sm">
      <Title order={3} fz={15} mb="xs">
        本机的考评年度（{years.length} 个）
      </Title>
      <Table striped highlightOnHover data-testid="year-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>年度</Table.Th>
            <Table.Th>来源</Table.Th>
            <Table.Th>状态</Table.Th>
            <Table.Th>建立</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {years.map((y: YearRow) => (
            <Table.Tr key={y.id}>
              <Table.Td>
                <Text size="sm" fw={y.id === current?.id ? 600 : 400}>
                  {y.title}
                </Text>
              </Table.Td>
              <Table.Td>{ORIGIN_LABELS[y.origin]}</Table.Td>
              <Table.Td>
                {y.locked ? (
                  <Badge color="gray" variant="light">
                    已审定锁定
                  </Badge>
                ) : (
                  <Badge color="teal" variant="light">
                    进行中
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {formatTime(y.createdAt)} · {y.createdBy}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                {y.id === current?.id ? (
                  <Badge variant="outline">当前年度</Badge>
                ) : (
                  <Button size="compact-xs" variant="light" onClick={() => select(y.id)}>
                    切换到此年度
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  )
}

import { Alert, Button, Group, Paper, Table, Text, Title } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { actionLabel, describeChange, entityLabel } from './describe-change'
import { listHistory, verifyHistory, type HistoryCheck } from '../../../db'
import { useStore } from '../../data/store-context'
import { formatTime } from '../../labels'

/** The append-only history of the current year, newest first, and its integrity check. */
export function HistoryPanel({ yearId }: { yearId: string | null }) {
  const { db } = useStore()
  const rows = useLiveQuery(
    () => listHistory(db, { ...(yearId ? { yearId } : {}), limit: 200 }),
    [db, yearId],
  )
  // Current names of units and years, for entries that record only what changed.
  const names = useLiveQuery(async () => {
    const map = new Map<string, string>()
    for (const y of await db.years.toArray()) map.set(y.id, y.title)
    if (yearId)
      for (const u of await db.units.where('yearId').equals(yearId).toArray()) map.set(u.id, u.name)
    return map
  }, [db, yearId])
  const [check, setCheck] = useState<HistoryCheck | null>(null)

  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="xs">
        <Title order={3} fz={15}>
          修改记录（最近 {rows?.length ?? 0} 条）
        </Title>
        <Button
          size="compact-sm"
          variant="light"
          onClick={async () => setCheck(await verifyHistory(db))}
        >
          检查修改记录是否完整
        </Button>
      </Group>
      {check ? (
        <Alert color={check.intact ? 'teal' : 'red'} mb="xs" data-testid="history-check">
          {check.intact
            ? `修改记录完整：共 ${check.count} 条，逐条校验无误，没有被删改的迹象。`
            : `修改记录不完整：${check.message}`}
        </Alert>
      ) : null}
      <Table striped fz="xs" data-testid="history-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={130}>时间</Table.Th>
            <Table.Th w={80}>操作人</Table.Th>
            <Table.Th w={90}>对象</Table.Th>
            <Table.Th w={110}>操作</Table.Th>
            <Table.Th>内容</Table.Th>
            <Table.Th>理由</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(rows ?? []).map((r) => (
            <Table.Tr key={r.seq}>
              <Table.Td>{formatTime(r.at)}</Table.Td>
              <Table.Td>{r.who}</Table.Td>
              <Table.Td>{entityLabel(r.entity)}</Table.Td>
              <Table.Td>{actionLabel(r.action)}</Table.Td>
              <Table.Td>{describeChange(r, names ?? new Map())}</Table.Td>
              <Table.Td>{r.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows && rows.length === 0 ? (
        <Text size="sm" c="dimmed" mt="xs">
          还没有修改记录。
        </Text>
      ) : null}
    </Paper>
  )
}

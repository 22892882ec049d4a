import { Alert, Button, Group, Paper, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { actionLabel, describeChange, entityLabel } from './describe-change'
import {
  REVERTIBLE_ENTITIES,
  revertChange,
  verifyHistory,
  type HistoryCheck,
  type HistoryRow,
} from '../../../db'
import { useConfirm } from '../../shared/confirm'
import { useAction } from '../../shared/use-action'
import { useStore } from '../../shared/store-context'
import { formatTime } from '../../shared/labels'
import { useHistoryRows, useRecordNames } from './use-data-data'

/** The append-only history of the current year, newest first, and its integrity check. */
export function HistoryPanel({ yearId }: { yearId: string | null }) {
  const { db, session } = useStore()
  const confirm = useConfirm()
  const { run } = useAction()
  const rows = useHistoryRows(db, yearId)
  // Entries record ids, the table says names.
  const names = useRecordNames(db, yearId)
  const [check, setCheck] = useState<HistoryCheck | null>(null)

  // Undo writes the old value back as a new, recorded change; the store refuses when the
  // record changed again later, so a later edit is never silently lost.
  const revert = async (r: HistoryRow) => {
    const reason = await confirm({
      title: `撤回第 ${r.seq} 条修改`,
      message: `将撤回 ${formatTime(r.at)} ${r.who}的这次${entityLabel(r.entity)}${actionLabel(r.action)}：${describeChange(r, names ?? new Map()) || '该记录'}。撤回后恢复为这次修改之前的样子，撤回本身也会记入修改记录。`,
      confirmLabel: '撤回',
      reasonLabel: '撤回理由',
    })
    if (reason === null || r.seq === undefined) return
    const seq = r.seq
    await run(
      () => revertChange(session, seq, reason),
      () => ({ title: `已撤回 1 条修改（第 ${seq} 条）` }),
    )
  }
  const revertible = (r: HistoryRow) =>
    (REVERTIBLE_ENTITIES as readonly string[]).includes(r.entity) && r.action !== 'revert'

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
            <Table.Th w={60} />
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
              <Table.Td>
                {revertible(r) ? (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    aria-label={`撤回第 ${r.seq} 条修改`}
                    onClick={() => void revert(r)}
                  >
                    撤回
                  </Button>
                ) : null}
              </Table.Td>
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

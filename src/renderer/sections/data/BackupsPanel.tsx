import { Button, Group, Paper, Table, Text, Title } from '@mantine/core'
import { useCallback, useEffect, useState } from 'react'
import { load, type Loaded } from './RestorePanel'
import {
  BACKUP_REASON_LABELS,
  backupFileName,
  listBackups,
  pruneBackups,
  type ParsedBackupName,
} from '../../../db'
import { exportAllYearsText } from '../../../db'
import { backupTarget, readBackupText } from '../../shared/backup-target'
import { useStore } from '../../shared/store-context'
import { useAction } from '../../shared/use-action'
import { formatTime } from '../../shared/labels'

/** The automatic backups, newest first; any of them can be previewed and restored. */
export function BackupsPanel({ onOpen }: { onOpen: (l: Loaded) => void }) {
  const { db } = useStore()
  const { run, busy } = useAction()
  const [backups, setBackups] = useState<ParsedBackupName[] | null>(null)

  const refresh = useCallback(async () => {
    try {
      setBackups(await listBackups(backupTarget))
    } catch {
      setBackups([])
    }
  }, [])
  useEffect(() => {
    void refresh()
  }, [refresh])

  const backupNow = async () => {
    await run(
      async () => {
        const now = new Date()
        const name = backupFileName(now, 'manual')
        await backupTarget.write(name, await exportAllYearsText(db))
        await pruneBackups(backupTarget, now)
        return name
      },
      (name) => ({ title: '已备份 1 份', message: name }),
    )
    await refresh()
  }

  const open = async (b: ParsedBackupName) => {
    await run(
      async () =>
        onOpen(
          load(
            `${BACKUP_REASON_LABELS[b.reason]} ${formatTime(b.createdAt.toISOString())}`,
            await readBackupText(b.name),
          ),
        ),
      () => ({ title: '已读取备份，请查看预览' }),
    )
  }

  return (
    <Paper withBorder p="sm" data-testid="backups">
      <Group justify="space-between" mb={4}>
        <Title order={3} fz={15}>
          自动备份（{backups?.length ?? 0} 份）
        </Title>
        <Button size="compact-sm" variant="light" loading={busy} onClick={() => void backupNow()}>
          立即备份
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        有改动时每 15 分钟、关闭程序时和恢复前自动备份；保留今天的全部备份、近 30
        天每天最后一份和更早每月最后一份。
      </Text>
      {backups && backups.length > 0 ? (
        <Table fz="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>时间</Table.Th>
              <Table.Th>类型</Table.Th>
              <Table.Th>文件</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {backups.slice(0, 30).map((b) => (
              <Table.Tr key={b.name}>
                <Table.Td>{formatTime(b.createdAt.toISOString())}</Table.Td>
                <Table.Td>{BACKUP_REASON_LABELS[b.reason]}</Table.Td>
                <Table.Td>{b.name}</Table.Td>
                <Table.Td ta="right">
                  <Button size="compact-xs" variant="subtle" onClick={() => void open(b)}>
                    预览并恢复
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed">
          还没有备份。
        </Text>
      )}
    </Paper>
  )
}

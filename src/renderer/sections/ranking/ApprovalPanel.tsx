import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core'
import { approveYear, unlockYear, type YearRow } from '../../../db'
import { useConfirm } from '../../shared/confirm'
import { useStore } from '../../shared/store-context'
import { useAction } from '../../shared/use-action'
import { formatTime } from '../../shared/labels'
import { useApprovals } from './use-ranking-data'

/**
 * 审定 (第十六条): the committee approves the year's results, which locks every edit; reopening
 * needs a stated reason. Both are recorded with who and when, shown here as the year's record.
 */
export function ApprovalPanel({ year }: { year: YearRow }) {
  const { db, session } = useStore()
  const confirm = useConfirm()
  const { run, busy } = useAction()
  const record = useApprovals(db, year.id)
  const last = record?.[record.length - 1]

  const approve = async () => {
    const note = await confirm({
      title: `审定${year.title}考评结果`,
      message:
        '审定后本年度锁定：评分、复核、台账、名册和细则都不能再修改。如需修改，须说明理由解除锁定。',
      confirmLabel: '审定并锁定',
      reasonLabel: '审定依据（必填，如：县绩效委 2027 年第 1 次会议）',
    })
    if (note === null) return
    await run(
      () => approveYear(session, year.id, note),
      () => ({ title: `已审定：${year.title}`, message: '本年度已锁定。' }),
    )
  }

  const unlock = async () => {
    const reason = await confirm({
      title: `解除审定锁定：${year.title}`,
      message: '解除后可以再次修改；理由、操作人和时间记入修改记录。',
      confirmLabel: '解除锁定',
      reasonLabel: '解除理由（必填）',
      danger: true,
    })
    if (reason === null) return
    await run(
      () => unlockYear(session, year.id, reason),
      () => ({ title: `已解除锁定：${year.title}` }),
    )
  }

  return (
    <Paper withBorder p="sm" data-testid="approval-panel">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm">
          <Text fw={600} size="sm">
            审定
          </Text>
          {year.locked ? (
            <Badge color="teal" data-testid="approval-state">
              已审定 · 已锁定
            </Badge>
          ) : (
            <Badge color="gray" data-testid="approval-state">
              未审定
            </Badge>
          )}
          {last ? (
            <Text size="xs" c="dimmed">
              {last.action === 'approve' ? '审定' : '解锁'}：{last.by}，{formatTime(last.at)}
              {last.reason ? `（${last.reason}）` : ''}
            </Text>
          ) : null}
        </Group>
        {year.locked ? (
          <Button size="xs" variant="default" onClick={() => void unlock()} loading={busy}>
            解除锁定……
          </Button>
        ) : (
          <Button size="xs" onClick={() => void approve()} loading={busy}>
            审定并锁定……
          </Button>
        )}
      </Group>
      {record && record.length > 1 ? (
        <Stack gap={0} mt={4}>
          {record.slice(0, -1).map((r) => (
            <Text key={r.seq ?? r.at} size="xs" c="dimmed">
              {formatTime(r.at)} {r.by} {r.action === 'approve' ? '审定' : '解锁'}
              {r.reason ? `：${r.reason}` : ''}
            </Text>
          ))}
        </Stack>
      ) : null}
    </Paper>
  )
}

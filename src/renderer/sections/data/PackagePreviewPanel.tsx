import { Alert, Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core'
import type { PackagePreview } from '../../../db'
import { formatTime } from '../../shared/labels'

export interface RestoreChoice {
  /** Which year of the file (0 for a single-year package). */
  index: number
  mode: 'new' | 'replace'
}

interface Props {
  source: string
  preview: PackagePreview
  /** The year a "replace" would overwrite; null when there is none or it is locked. */
  replaceTarget: { title: string } | null
  busy: boolean
  onRestore: (choice: RestoreChoice) => void
  onRestoreAll: () => void
  onClose: () => void
}

/** Counts and times never break (44 个 over two lines); only the year's title wraps. */
const FIGURES_ON_ONE_LINE = { th: { whiteSpace: 'nowrap' }, td: { whiteSpace: 'nowrap' } } as const

/** How many of a file's inconsistencies the preview lists; the rest are counted. */
const PROBLEMS_SHOWN = 5

/** What a file holds, before anything is restored; refused files say why and change nothing. */
export function PackagePreviewPanel(p: Props) {
  const { preview } = p
  return (
    <Paper withBorder p="sm" data-testid="package-preview">
      <Group justify="space-between" mb="xs">
        <Title order={3} fz={15}>
          恢复预览：{p.source}
        </Title>
        <Button size="compact-sm" variant="subtle" onClick={p.onClose}>
          关闭预览
        </Button>
      </Group>
      {!preview.ok ? (
        <Alert color="red" title="此文件不能恢复" data-testid="package-refused">
          {preview.message}
          <Text size="sm" mt={4}>
            本机数据没有任何改动。
          </Text>
        </Alert>
      ) : (
        <>
          <Text size="sm" mb="xs">
            {preview.kind === 'backup'
              ? `备份文件，含 ${preview.years.length} 个年度`
              : '年度数据包'}
            ，校验通过。恢复前会先自动备份本机现有数据，恢复可以撤回。
          </Text>
          <Table fz="xs" striped styles={FIGURES_ON_ONE_LINE}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>年度</Table.Th>
                <Table.Th>导出时间</Table.Th>
                <Table.Th>单位</Table.Th>
                <Table.Th>自查材料</Table.Th>
                <Table.Th>评分</Table.Th>
                <Table.Th>复核/台账</Table.Th>
                <Table.Th>修改记录</Table.Th>
                <Table.Th>校验值</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.years.map((y, index) => (
                <Table.Tr key={`${y.title}-${index}`}>
                  <Table.Td style={{ whiteSpace: 'normal' }}>
                    {y.title}
                    {y.locked ? (
                      <Badge size="xs" ml={4} color="gray">
                        已审定
                      </Badge>
                    ) : null}
                    {y.counts.drafts > 0 ? (
                      <Badge size="xs" ml={4} color="yellow" variant="light">
                        含细则草稿 {y.counts.drafts} 份
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{formatTime(y.exportedAt)}</Table.Td>
                  <Table.Td>{y.counts.units} 个</Table.Td>
                  <Table.Td data-testid="preview-submissions">
                    {y.counts.submittedUnits} 个单位 · {y.counts.submissionVersions} 个版本
                  </Table.Td>
                  <Table.Td>
                    {y.counts.scores} 项
                    {y.counts.selfChanged > 0
                      ? ` · 自评已更新待确认 ${y.counts.selfChanged} 项`
                      : ''}
                  </Table.Td>
                  <Table.Td>
                    {y.counts.adjustments} 条 / {y.counts.ledger} 条
                  </Table.Td>
                  <Table.Td>{y.counts.history} 条</Table.Td>
                  <Table.Td ff="monospace">{y.checksum.slice(0, 12)}…</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <Button
                        size="compact-xs"
                        loading={p.busy}
                        onClick={() => p.onRestore({ index, mode: 'new' })}
                      >
                        作为新年度加入
                      </Button>
                      {p.replaceTarget ? (
                        <Button
                          size="compact-xs"
                          color="red"
                          variant="light"
                          loading={p.busy}
                          onClick={() => p.onRestore({ index, mode: 'replace' })}
                        >
                          替换{p.replaceTarget.title}
                        </Button>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {preview.years.map((y, index) =>
            y.problems.length > 0 ? (
              <Alert
                key={`problems-${index}`}
                color="yellow"
                mt="xs"
                title={`${y.title}：文件中有 ${y.problems.length} 处前后不一致`}
                data-testid="package-problems"
              >
                <Text size="xs">
                  仍可恢复，恢复后请在相应页面逐项核对修正；命令行工具会拒绝这样的文件。
                </Text>
                {y.problems.slice(0, PROBLEMS_SHOWN).map((problem) => (
                  <Text size="xs" key={problem}>
                    · {problem}
                  </Text>
                ))}
                {y.problems.length > PROBLEMS_SHOWN ? (
                  <Text size="xs" c="dimmed">
                    另有 {y.problems.length - PROBLEMS_SHOWN} 处未列出。
                  </Text>
                ) : null}
              </Alert>
            ) : null,
          )}
          {preview.kind === 'backup' && preview.years.length > 1 ? (
            <Group justify="flex-end" mt="xs">
              <Button size="xs" variant="light" loading={p.busy} onClick={p.onRestoreAll}>
                全部 {preview.years.length} 个年度作为新年度加入
              </Button>
            </Group>
          ) : null}
        </>
      )}
    </Paper>
  )
}

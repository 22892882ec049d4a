import { Alert, Badge, Button, Group, Modal, Progress, Stack, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { openWorkbooks } from '../../shared/open-workbooks'
import { importReviewerScores, toAppError, type YearRow } from '../../../db'
import { failureNotice, useNotify } from '../../shared/notify'
import { useStore } from '../../shared/store-context'
import { lockMessage } from '../../shared/lock-message'
import { loadRankingInput } from '../../../db'
import { parseReviewerFiles, previewImport, type ImportPreview } from './reviewer-import'

/** Changed cells listed in the preview; the rest are counted. */
const SHOWN_CHANGES = 100

/**
 * 导入评分表: choose the filled sheets, see per file what would be stored (and every refused cell
 * named by file, sheet and cell), then confirm; all good sheets land in one transaction.
 */
export function ReviewerSheetImport({ year }: { year: YearRow }) {
  const { db, session } = useStore()
  const notify = useNotify()
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [saving, setSaving] = useState(false)
  const opened = progress !== null || preview !== null

  const pick = async () => {
    if (year.locked) {
      notify({ kind: 'error', title: '不能导入评分表', message: lockMessage(year.title) })
      return
    }
    const files = await openWorkbooks(notify, { multiple: true })
    if (files.length === 0) return
    setPreview(null)
    setProgress({ done: 0, total: files.length })
    try {
      const pkg = (await loadRankingInput(db, year.id))?.pkg
      if (!pkg) throw new Error('找不到该考评年度。')
      const parsed = await parseReviewerFiles(pkg, files, session.operator, (done, total) =>
        setProgress({ done, total }),
      )
      setPreview(previewImport(pkg, parsed))
    } catch (e) {
      notify(failureNotice('未能解析评分表，数据没有改动', e))
    } finally {
      setProgress(null)
    }
  }

  const close = () => {
    if (saving || progress) return
    setPreview(null)
  }

  const confirm = async () => {
    if (!preview) return
    setSaving(true)
    try {
      const results = await importReviewerScores(session, year.id, preview.inputs)
      const added = results.reduce((n, r) => n + r.added, 0)
      const changed = results.reduce((n, r) => n + r.changed, 0)
      const refused = preview.sheets.filter((s) => !s.ok).length
      notify({
        kind: 'success',
        title: `已导入 ${results.length} 个评分表：新增 ${added} 项，修改 ${changed} 项`,
        message: refused > 0 ? `另有 ${refused} 个文件未导入，原因见导入报告。` : undefined,
      })
      setPreview(null)
    } catch (e) {
      notify({
        kind: 'error',
        title: '导入未完成，数据没有改动',
        message: toAppError(e).message,
      })
    } finally {
      setSaving(false)
    }
  }

  return (
    <>
      <Button
        size="xs"
        variant="light"
        onClick={() => void pick()}
        disabled={year.locked || opened}
        title={year.locked ? lockMessage(year.title) : undefined}
      >
        导入评分表……
      </Button>
      <Modal opened={opened} onClose={close} title="导入评分表" size="xl">
        {progress ? (
          <Stack gap={4}>
            <Text size="sm">
              正在解析 {progress.done} / {progress.total} 个文件……
            </Text>
            <Progress value={(progress.done / Math.max(1, progress.total)) * 100} />
          </Stack>
        ) : preview ? (
          <PreviewBody
            preview={preview}
            saving={saving}
            onCancel={close}
            onConfirm={() => void confirm()}
          />
        ) : null}
      </Modal>
    </>
  )
}

function PreviewBody({
  preview,
  saving,
  onCancel,
  onConfirm,
}: {
  preview: ImportPreview
  saving: boolean
  onCancel: () => void
  onConfirm: () => void
}) {
  const good = preview.inputs.length
  const changed = preview.changed.length
  return (
    <Stack gap="sm" data-testid="reviewer-import-preview">
      {good === 0 ? (
        <Alert color="red" py={6}>
          没有可导入的评分表。未导入的文件没有改变任何数据，原因见下方报告。
        </Alert>
      ) : (
        <Alert color={changed > 0 ? 'yellow' : 'blue'} py={6} data-testid="import-summary">
          确认后将导入 {good} 个评分表：新增 {preview.added} 项评分，修改 {changed} 项已有评分。
          每项修改都记入修改记录，可逐项撤回。
        </Alert>
      )}
      <Stack gap="xs">
        {preview.sheets.map((s, i) => (
          // Two chosen files may share a name (from different folders): key by position.
          <div key={i} data-testid="import-sheet-line">
            <Group gap="xs">
              <Badge color={s.ok ? 'teal' : 'red'} variant="light">
                {s.ok ? '可导入' : '未导入'}
              </Badge>
              <Text size="sm" fw={500}>
                {s.file}
              </Text>
              {s.reviewerName ? (
                <Text size="sm" c="dimmed">
                  评分人：{s.reviewerName}
                </Text>
              ) : null}
              {s.ok ? (
                <Text size="sm" c="dimmed">
                  填写 {s.filled} 项：新增 {s.added}，修改 {s.changed}，不变 {s.unchanged}
                </Text>
              ) : null}
            </Group>
            {s.lines.map((line, j) => (
              <Text key={j} size="xs" c={line.startsWith('错误') ? 'red' : 'dimmed'} ml="md">
                {line}
              </Text>
            ))}
          </div>
        ))}
      </Stack>
      {changed > 0 ? (
        <div>
          <Text size="sm" fw={600} mb={4}>
            将被修改的已有评分
          </Text>
          <Table fz="xs" withTableBorder striped data-testid="import-changes">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>单位</Table.Th>
                <Table.Th>评分人</Table.Th>
                <Table.Th>指标</Table.Th>
                <Table.Th>原分</Table.Th>
                <Table.Th>新分</Table.Th>
                <Table.Th>理由</Table.Th>
                <Table.Th>文件</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.changed.slice(0, SHOWN_CHANGES).map((c, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{c.unit}</Table.Td>
                  <Table.Td>{c.reviewer}</Table.Td>
                  <Table.Td>{c.itemCode}</Table.Td>
                  <Table.Td>{c.before}</Table.Td>
                  <Table.Td>{c.after}</Table.Td>
                  <Table.Td>{c.reason}</Table.Td>
                  <Table.Td>{c.file}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {changed > SHOWN_CHANGES ? (
            <Text size="xs" c="dimmed" mt={4}>
              另有 {changed - SHOWN_CHANGES} 项修改未列出。
            </Text>
          ) : null}
        </div>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} disabled={saving}>
          {good === 0 ? '关闭' : '取消'}
        </Button>
        {good > 0 ? (
          <Button onClick={onConfirm} loading={saving}>
            确认导入
          </Button>
        ) : null}
      </Group>
    </Stack>
  )
}

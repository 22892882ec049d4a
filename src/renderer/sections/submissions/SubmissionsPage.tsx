import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Progress,
  ScrollArea,
  Stack,
  Table,
  Text,
} from '@mantine/core'
import { useState, type DragEvent } from 'react'
import { platform } from '@platform'
import { openWorkbooks } from '../../shared/open-workbooks'
import { plainFileName } from '../../shared/save-workbook'
import { SEQUENCE_LABELS } from '../../../domain'
import { unitFileName, writeSelfAssessmentTemplate } from '../../../excel'
import {
  loadYearPackage,
  markTemplatesIssued,
  type SubmissionStatus,
  type UnitRow,
} from '../../../db'
import { NoYearNotice } from '../../shared/NoYearNotice'
import { PageHeader } from '../../shared/PageHeader'
import { failureNotice, useNotify } from '../../shared/notify'
import { useCurrentYear } from '../../shared/current-year'
import { useStore } from '../../shared/store-context'
import type { Section } from '../../navigation/sections'
import { importReturnedFiles, type ReportLine } from './import-returned'
import { InterruptedImportNotice } from './InterruptedImportNotice'
import { HeldFileButtons } from './HeldFileButtons'
import { SubmissionHistoryModal } from './SubmissionHistoryModal'
import { inRosterOrder } from './unit-order'
import { useSubmissionsOverview } from './use-submissions-data'

const STATUS_COLOR: Record<SubmissionStatus, string> = {
  未下发: 'gray',
  已下发: 'blue',
  已回收: 'teal',
  有问题: 'red',
}

/** 自查材料: issue templates, import the returned files, see each unit's status. */
export function SubmissionsPage({ section }: { section: Section }) {
  const { db, session } = useStore()
  const { year } = useCurrentYear()
  const notify = useNotify()
  const yearId = year?.id ?? ''
  const { units, statuses } = useSubmissionsOverview(db, yearId)
  const [onlyMissing, setOnlyMissing] = useState(true)
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [report, setReport] = useState<ReportLine[] | null>(null)
  const [dragging, setDragging] = useState(false)
  const [historyOf, setHistoryOf] = useState<UnitRow | null>(null)
  /** The last batch's files, kept so that a held file can be imported once confirmed. */
  const [batch, setBatch] = useState<{ name: string; data: Uint8Array }[]>([])

  if (!year) return <NoYearNotice section={section} />
  const busy = progress !== null

  const generate = async () => {
    const pkg = await loadYearPackage(db, year.id)
    const chosen = pkg.units.filter(
      (u) => !u.retired && (!onlyMissing || statuses?.get(u.id)?.status !== '已回收'),
    )
    if (chosen.length === 0) {
      notify({ kind: 'info', title: '没有需要下发模板的单位' })
      return
    }
    const files = chosen.map((u) => ({
      name: unitFileName(u),
      data: writeSelfAssessmentTemplate(pkg, u),
    }))
    const saved = await platform.saveFilesToFolder({
      title: '选择保存自查表模板的文件夹',
      files,
      zipName: plainFileName(`${year.title}自查表模板.zip`),
    })
    if (!saved.ok) {
      notify({ kind: 'error', title: '未能保存模板', message: saved.error.message })
      return
    }
    if (!saved.value.saved) return
    await markTemplatesIssued(
      session,
      year.id,
      chosen.map((u) => u.id),
    )
    notify({
      kind: 'success',
      title: `已生成 ${saved.value.count} 份自查表模板`,
      message: saved.value.folder ? `保存在${saved.value.folder}` : undefined,
    })
  }

  const runImport = async (files: { name: string; data: Uint8Array }[]) => {
    if (files.length === 0) return
    setReport(null)
    setBatch(files)
    setProgress({ done: 0, total: files.length })
    try {
      const lines = await importReturnedFiles(session, year.id, files, (done, total) =>
        setProgress({ done, total }),
      )
      setReport(lines)
      const good = lines.filter((l) => l.ok).length
      const held = lines.filter((l) => l.held).length
      notify({
        kind: good === lines.length ? 'success' : 'info',
        title: `导入 ${good} 个文件，未导入 ${lines.length - good} 个${held ? `（其中 ${held} 个待确认）` : ''}`,
        message: good < lines.length ? '未导入的文件没有改变任何数据，原因见下方报告。' : undefined,
      })
    } catch (e) {
      notify(failureNotice('导入未完成，数据没有改动', e))
    } finally {
      setProgress(null)
    }
  }

  /** Replaces the held file's line by the outcome of confirming (or dropping) it. */
  const settleHeld = async (line: ReportLine, confirm: boolean) => {
    const file = batch.find((f) => f.name === line.file)
    let next: ReportLine = {
      ...line,
      held: undefined,
      lines: ['已放弃：这个文件没有导入，数据没有改动'],
    }
    if (confirm && file) {
      setProgress({ done: 0, total: 1 })
      try {
        const [done] = await importReturnedFiles(session, year.id, [file], () => {}, [file.name])
        if (done) next = done
      } catch (e) {
        notify(failureNotice('导入未完成，数据没有改动', e))
        return
      } finally {
        setProgress(null)
      }
    }
    setReport((r) => r?.map((l) => (l === line ? next : l)) ?? null)
  }

  const pick = async () => {
    const files = await openWorkbooks(notify, { multiple: true })
    if (files.length > 0) await runImport(files)
  }

  const drop = async (e: DragEvent) => {
    e.preventDefault()
    setDragging(false)
    const files = await Promise.all(
      Array.from(e.dataTransfer.files).map(async (f) => ({
        name: f.name,
        data: new Uint8Array(await f.arrayBuffer()),
      })),
    )
    await runImport(files)
  }

  const rows = inRosterOrder((units ?? []).filter((u) => !u.retired))
  return (
    <Stack gap="md">
      <PageHeader
        title={section.label}
        purpose={section.purpose}
        actions={
          <>
            <Checkbox
              label="只为尚未回收的单位生成"
              checked={onlyMissing}
              onChange={(e) => setOnlyMissing(e.currentTarget.checked)}
            />
            <Button variant="light" onClick={() => void generate()} disabled={busy || year.locked}>
              生成自查表模板……
            </Button>
            <Button onClick={() => void pick()} disabled={busy || year.locked}>
              导入报回文件……
            </Button>
          </>
        }
      />
      <InterruptedImportNotice yearId={year.id} importing={busy} />
      {year.locked ? (
        <Alert color="gray">本年度考评结果已审定锁定，不能再导入自查材料。</Alert>
      ) : (
        <Paper
          withBorder
          p="md"
          data-testid="drop-zone"
          bg={dragging ? 'blue.0' : undefined}
          onDragOver={(e) => {
            e.preventDefault()
            setDragging(true)
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => void drop(e)}
        >
          {progress ? (
            <Stack gap={4}>
              <Text size="sm">
                正在解析 {progress.done} / {progress.total} 个文件……
              </Text>
              <Progress value={(progress.done / progress.total) * 100} />
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              先点“生成自查表模板……”，把模板连同“文件输出”页的填表说明发给各单位；单位报回后，把自查表（可一次多个）拖到这里，或点击“导入报回文件”。每个文件要么整份导入，要么整份不导入；有问题的文件不影响其他文件。
            </Text>
          )}
        </Paper>
      )}
      {report ? (
        <ImportReport
          lines={report}
          busy={busy}
          onSettleHeld={(line, confirm) => void settleHeld(line, confirm)}
          onShowChanges={(unitId) => {
            const unit = units?.find((u) => u.id === unitId)
            if (unit) setHistoryOf(unit)
          }}
        />
      ) : null}
      <Table striped withTableBorder fz="sm" data-testid="submission-status">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>单位</Table.Th>
            <Table.Th>序列</Table.Th>
            <Table.Th>状态</Table.Th>
            <Table.Th>已收版本</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units && rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={5} c="dimmed" data-testid="no-units">
                名册中还没有单位：请先在“单位名册”中添加被考评单位，再生成自查表模板。
              </Table.Td>
            </Table.Tr>
          ) : null}
          {rows.map((u) => {
            const s = statuses?.get(u.id)
            return (
              <Table.Tr key={u.id}>
                <Table.Td>{u.name}</Table.Td>
                <Table.Td>{SEQUENCE_LABELS[u.sequence]}</Table.Td>
                <Table.Td>
                  {s ? (
                    <Badge
                      color={STATUS_COLOR[s.status]}
                      variant="light"
                      // 有问题: the refused file and why, on hover, without opening anything.
                      title={
                        u.importProblem
                          ? [u.importProblem.fileName, ...u.importProblem.messages].join('\n')
                          : undefined
                      }
                    >
                      {s.status}
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td>{s?.versions ? `第 ${s.versions} 版` : '—'}</Table.Td>
                <Table.Td ta="right">
                  {s?.versions ? (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => setHistoryOf(u)}
                      aria-label={`${u.name}的版本记录`}
                    >
                      版本记录
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
      {historyOf ? (
        <SubmissionHistoryModal
          yearId={year.id}
          unit={historyOf}
          onClose={() => setHistoryOf(null)}
        />
      ) : null}
    </Stack>
  )
}

/**
 * One line per file, refused files first: a batch of forty files must fit on a screen, so what
 * changed on a re-import is counted here and shown item by item in the unit's 版本记录.
 */
function ImportReport({
  lines,
  busy,
  onSettleHeld,
  onShowChanges,
}: {
  lines: ReportLine[]
  busy: boolean
  onSettleHeld: (line: ReportLine, confirm: boolean) => void
  onShowChanges: (unitId: string) => void
}) {
  const ordered = [...lines.filter((l) => !l.ok), ...lines.filter((l) => l.ok)]
  const refused = ordered.filter((l) => !l.ok).length
  return (
    <Paper withBorder p="sm" data-testid="import-report">
      <Group gap="xs" mb={6}>
        <Text fw={600} size="sm">
          导入报告
        </Text>
        <Text size="xs" c="dimmed">
          共 {lines.length} 个文件：导入 {lines.length - refused} 个
          {refused > 0 ? `，未导入 ${refused} 个（排在前面，原因写明了单元格）` : ''}
        </Text>
      </Group>
      <ScrollArea.Autosize mah={420} type="auto">
        <Table fz="xs" striped withTableBorder verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>结果</Table.Th>
              <Table.Th>文件</Table.Th>
              <Table.Th>单位</Table.Th>
              <Table.Th>说明</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ordered.map((l, i) => (
              // Two dropped files may share a name (from different folders): key by position.
              <Table.Tr key={i}>
                <Table.Td valign="top">
                  <Badge
                    color={l.ok ? 'teal' : l.held ? 'orange' : 'red'}
                    variant="light"
                    size="sm"
                  >
                    {l.ok ? '已导入' : l.held ? '待确认' : '未导入'}
                  </Badge>
                </Table.Td>
                <Table.Td valign="top">{l.file}</Table.Td>
                <Table.Td valign="top" style={{ whiteSpace: 'nowrap' }}>
                  {l.unit ? `${l.unit}${l.version ? ` 第 ${l.version} 版` : ''}` : '—'}
                </Table.Td>
                <Table.Td>
                  {l.lines.map((line, j) => (
                    <Text key={j} size="xs" c={line.startsWith('错误') ? 'red' : 'dimmed'}>
                      {line}
                    </Text>
                  ))}
                  {l.ok ? <ChangeSummary line={l} onShow={onShowChanges} /> : null}
                  {l.reviewDiffers?.length ? (
                    <Text size="xs" c="orange.8" data-testid="review-differs">
                      审核已开始，以下审核得分与新的自评得分不同，请评分人复核：
                      {l.reviewDiffers.join('；')}
                    </Text>
                  ) : null}
                  {l.held ? (
                    <HeldFileButtons
                      line={l}
                      busy={busy}
                      onConfirm={() => onSettleHeld(l, true)}
                      onDiscard={() => onSettleHeld(l, false)}
                    />
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Paper>
  )
}

function ChangeSummary({ line, onShow }: { line: ReportLine; onShow: (unitId: string) => void }) {
  if (!line.version || line.version === 1) {
    return (
      <Text size="xs" c="dimmed">
        首次报回
      </Text>
    )
  }
  if (line.changes.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        与上一版内容相同
      </Text>
    )
  }
  return (
    <Group gap={6}>
      <Text size="xs">与上一版相比 {line.changes.length} 处变化</Text>
      {line.unitId ? (
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => onShow(line.unitId!)}
          aria-label={`查看${line.unit ?? ''}的变化`}
        >
          查看变化
        </Button>
      ) : null}
    </Group>
  )
}

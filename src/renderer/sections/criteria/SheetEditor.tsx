import { Alert, Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { CategoryEditor } from './CategoryEditor'
import {
  draftProblems,
  totalProblem,
  newKey,
  readSheet,
  sheetTotal,
  toStored,
  type DraftSheet,
} from './sheet-draft'
import { TotalBadge } from './TotalBadge'
import { titledSequence } from './file-sequence'
import { saveWorkbook } from '../../shared/save-workbook'
import { openWorkbooks } from '../../shared/open-workbooks'
import {
  discardCriteriaDraft,
  isStoreError,
  saveCriteria,
  saveCriteriaDraft,
  type CriteriaDraft,
  type CriteriaRow,
  type YearRow,
} from '../../../db'
import {
  SEQUENCE_LABELS,
  defaultDepartmentCriteria,
  defaultTownshipCriteria,
  formatPoints,
  type Sequence,
} from '../../../domain'
import { formatProblem, readCriteriaWorkbook, writeCriteriaWorkbook } from '../../../excel'
import { useConfirm } from '../../shared/confirm'
import { useNotify } from '../../shared/notify'
import { useStore } from '../../shared/store-context'
import { useAction } from '../../shared/use-action'
import { formatTime, sequenceLabel } from '../../shared/labels'

interface Props {
  year: YearRow
  sequence: Sequence
  /** The newest saved version; undefined when the sequence has no sheet yet. */
  current: CriteriaRow | undefined
  /** Work in progress kept as a draft (never used by templates, scoring or ranking). */
  stored: CriteriaDraft | undefined
}

/** Edits one sequence's sheet; saves it whole as the store decides (in place or a new version). */
export function SheetEditor({ year, sequence, current, stored }: Props) {
  const { db, session } = useStore()
  const confirm = useConfirm()
  const { run, busy } = useAction()
  const [draft, setDraft] = useState<DraftSheet>(() => readSheet(stored?.sheet ?? current?.sheet))
  const [dirty, setDirty] = useState(false)
  const [problems, setProblems] = useState<string[]>([])
  const [fileReport, setFileReport] = useState<{ fileName: string; lines: string[] } | null>(null)
  const notify = useNotify()
  const readOnly = year.locked
  const total = sheetTotal(draft)
  const itemCount = draft.categories.reduce((n, c) => n + c.items.length, 0)

  const change = (next: DraftSheet) => {
    setDraft(next)
    setDirty(true)
  }

  const stage = () =>
    toStored(draft, {
      sequence,
      version: current?.version ?? 1,
      title: current?.sheet.title || `${SEQUENCE_LABELS[sequence]}考评细则`,
    })

  const save = async () => {
    const found = [...draftProblems(draft), ...totalProblem(total)]
    setProblems(found)
    if (found.length > 0) return
    const sheet = stage()
    const attempt = (note: string) => saveCriteria(session, year.id, sequence, sheet, note)
    const describe = (r: { row: CriteriaRow; newVersion: boolean }) => ({
      title: `已保存${sequenceLabel(sequence)}考评细则${r.newVersion ? `（生成第 ${r.row.version} 版）` : ''}`,
      message: `${draft.categories.length} 个一级指标、${itemCount} 项考评内容，合计 ${formatPoints(total)} 分。`,
    })
    // A sheet already answered by units needs a note; ask for it only when the store says so.
    const needsNote = (e: unknown) => isStoreError(e) && e.code === 'reason-required'
    let wantsNote = false
    const saved = await run(() => attempt(''), describe, {
      handled: (e) => (wantsNote = needsNote(e)),
    })
    if (saved) {
      setDirty(false)
      return
    }
    if (wantsNote) {
      const note = await confirm({
        title: '细则已在使用中',
        message: '已有单位按现行细则报回了自查材料，修改将保存为新版本并作标注。',
        confirmLabel: '保存为新版本',
        reasonLabel: '修改说明（记入修改记录）',
      })
      if (note === null) return
      if (await run(() => attempt(note), describe)) setDirty(false)
    }
  }

  // Half-done work survives closing the page, but never as a version: only a draft.
  const keepDraft = async () => {
    const found = draftProblems(draft)
    setProblems(found)
    if (found.length > 0) return
    await run(
      () => saveCriteriaDraft(session, year.id, sequence, stage()),
      () => ({
        title: `已存为${sequenceLabel(sequence)}细则草稿`,
        message: `合计 ${formatPoints(total)} 分。草稿不生效：模板、评分和排名仍用${current ? `第 ${current.version} 版` : '已保存的细则'}，改好后点“保存细则”。`,
      }),
    )
  }

  const discard = async () => {
    if (stored) {
      const ok = await confirm({
        title: '放弃草稿',
        message: `将删去${formatTime(stored.savedAt)}存的草稿，恢复为${current ? `第 ${current.version} 版` : '空白细则'}。`,
        confirmLabel: '放弃草稿',
        danger: true,
      })
      if (ok === null) return
      // The editor starts afresh from the saved version once the draft is gone.
      await discardCriteriaDraft(db, year.id, sequence)
      return
    }
    setDraft(readSheet(current?.sheet))
    setDirty(false)
    setProblems([])
  }

  // The default sheet (第九条 / 第十条) replaces the draft; nothing is saved until 保存细则.
  const loadDefault = async () => {
    if (draft.categories.length > 0) {
      const ok = await confirm({
        title: '载入默认细则',
        message: '默认细则将替换下面正在编辑的内容（保存前可点“放弃修改”恢复）。',
        confirmLabel: '载入',
      })
      if (ok === null) return
    }
    const sheet = sequence === 'township' ? defaultTownshipCriteria() : defaultDepartmentCriteria()
    change(readSheet(sheet))
  }

  // A file goes into the draft like typing would: the total shows red or green and nothing is
  // stored until 保存细则 (which still versions a sheet that units have answered).
  const importFile = async () => {
    const [file] = await openWorkbooks(notify, { multiple: false })
    if (!file) return
    const read = readCriteriaWorkbook(file, sequence, current?.version ?? 1)
    if (!read.ok) {
      setFileReport({ fileName: file.name, lines: read.problems.map(formatProblem) })
      return
    }
    const named = titledSequence(file.data)
    const otherSequence =
      named !== null && named !== sequence
        ? `文件标题写的是“${sequenceLabel(named)}”的细则，而现在编辑的是“${sequenceLabel(sequence)}”。`
        : ''
    if (otherSequence || dirty || draft.categories.length > 0) {
      const ok = await confirm({
        title: otherSequence ? '文件似乎是另一个序列的细则' : '从 Excel 导入细则',
        message: `${otherSequence}“${file.name}”的细则将替换下面正在编辑的内容；导入后请检查，再点“保存细则”（保存前可点“放弃修改”恢复）。`,
        confirmLabel: '替换',
        danger: otherSequence !== '',
      })
      if (ok === null) return
    }
    setFileReport(null)
    setProblems([])
    change(readSheet(read.sheet))
    const items = read.sheet.categories.reduce((n, c) => n + c.items.length, 0)
    notify({
      kind: 'info',
      title: `已载入“${file.name}”：${read.sheet.categories.length} 个一级指标、${items} 项考评内容`,
      message:
        read.problems.length > 0
          ? read.problems.map(formatProblem).join('；')
          : '尚未保存：请检查后点“保存细则”。',
    })
  }

  const exportFile = async () => {
    if (!current) return
    const label = sequenceLabel(sequence)
    await saveWorkbook(notify, {
      fileName: `${year.year}年度考评细则（${label}）.xlsx`,
      write: () => writeCriteriaWorkbook(current.sheet, year.year),
      failed: '未能导出细则',
      done: {
        title: `已导出${label}考评细则（第 ${current.version} 版）`,
        message: dirty ? '导出的是已保存的内容，尚未保存的修改不在文件中。' : undefined,
      },
    })
  }

  return (
    <Stack gap="sm">
      <Paper withBorder p="xs">
        <Group justify="space-between">
          <Group gap="sm">
            <TotalBadge total={total} />
            <Text size="sm" c="dimmed">
              {draft.categories.length} 个一级指标 · {itemCount} 项考评内容
            </Text>
            {current ? (
              <Text size="xs" c="dimmed" data-testid="criteria-version">
                第 {current.version} 版 · {formatTime(current.savedAt)} · {current.savedBy}
              </Text>
            ) : (
              <Text size="xs" c="dimmed">
                尚未保存过
              </Text>
            )}
            {current?.flagged ? (
              <Badge color="orange" variant="light" title={current.note}>
                已在自查材料报回后修改
              </Badge>
            ) : null}
            {stored ? (
              <Badge
                color="grape"
                variant="filled"
                data-testid="criteria-draft"
                title="草稿不用于模板、评分和排名"
              >
                草稿（未生效）· {formatTime(stored.savedAt)} · {stored.savedBy}
              </Badge>
            ) : null}
            {dirty ? (
              <Badge color="yellow" variant="light">
                有未保存的修改
              </Badge>
            ) : null}
          </Group>
          <Group gap={6} wrap="nowrap">
            {readOnly ? null : (
              <Button size="xs" variant="default" onClick={() => void importFile()}>
                从 Excel 导入……
              </Button>
            )}
            <Button
              size="xs"
              variant="default"
              disabled={!current}
              onClick={() => void exportFile()}
            >
              导出到 Excel……
            </Button>
            {readOnly ? null : (
              <Button size="xs" variant="subtle" onClick={() => void loadDefault()}>
                载入默认细则
              </Button>
            )}
            {readOnly ? null : (
              <>
                <Button
                  size="xs"
                  variant="default"
                  disabled={!dirty && !stored}
                  onClick={() => void discard()}
                >
                  {stored && !dirty ? '放弃草稿' : '放弃修改'}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => void keepDraft()}
                  loading={busy}
                  disabled={!dirty}
                >
                  存为草稿
                </Button>
                <Button
                  size="xs"
                  onClick={() => void save()}
                  loading={busy}
                  disabled={!dirty && !stored}
                >
                  保存细则
                </Button>
              </>
            )}
          </Group>
        </Group>
      </Paper>
      {fileReport ? (
        <Alert
          color="red"
          title={`“${fileReport.fileName}”有 ${fileReport.lines.length} 处问题，未载入，细则没有改动`}
          data-testid="criteria-file-problems"
          withCloseButton
          closeButtonLabel="关闭"
          onClose={() => setFileReport(null)}
        >
          <Stack gap={2}>
            {fileReport.lines.map((l, i) => (
              <Text size="sm" key={i}>
                {l}
              </Text>
            ))}
          </Stack>
        </Alert>
      ) : null}
      {problems.length > 0 ? (
        <Alert
          color="red"
          title={`有 ${problems.length} 处需要改正，细则未保存`}
          data-testid="criteria-problems"
        >
          {problems.join('；')}
        </Alert>
      ) : null}
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="sm">
          {draft.categories.map((c, ci) => (
            <CategoryEditor
              key={c.key}
              index={ci}
              category={c}
              onChange={(next) =>
                change({
                  ...draft,
                  categories: draft.categories.map((x) => (x.key === c.key ? next : x)),
                })
              }
              onRemove={async () => {
                if (c.items.length > 0) {
                  const ok = await confirm({
                    title: '删去一级指标',
                    message: `将删去“${c.title || `第 ${ci + 1} 个一级指标`}”及其 ${c.items.length} 项考评内容（保存后生效，保存前可放弃修改）。`,
                    confirmLabel: '删去',
                    danger: true,
                  })
                  if (ok === null) return
                }
                change({ ...draft, categories: draft.categories.filter((x) => x.key !== c.key) })
              }}
            />
          ))}
          <Group>
            <Button
              variant="light"
              size="xs"
              onClick={() =>
                change({
                  ...draft,
                  categories: [...draft.categories, { key: newKey(), title: '', items: [] }],
                })
              }
            >
              添加一级指标
            </Button>
          </Group>
          <Textarea
            label="一票否决情形（每行一条）"
            autosize
            minRows={2}
            value={draft.vetoes}
            onChange={(e) => change({ ...draft, vetoes: e.currentTarget.value })}
          />
        </Stack>
      </fieldset>
    </Stack>
  )
}

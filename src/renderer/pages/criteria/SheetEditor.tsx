import { Alert, Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { CategoryEditor } from './CategoryEditor'
import {
  draftProblems,
  newKey,
  readSheet,
  sheetTotal,
  toStored,
  type DraftSheet,
} from './sheet-draft'
import { TotalBadge } from './TotalBadge'
import { isStoreError, saveCriteria, type CriteriaRow, type YearRow } from '../../../db'
import {
  FULL_MARKS,
  SEQUENCE_LABELS,
  defaultDepartmentCriteria,
  defaultTownshipCriteria,
  formatPoints,
  type Sequence,
} from '../../../domain'
import { useConfirm } from '../../components/confirm'
import { useStore } from '../../data/store-context'
import { useAction } from '../../data/use-action'
import { formatTime, sequenceLabel } from '../../labels'

interface Props {
  year: YearRow
  sequence: Sequence
  /** The newest saved version; undefined when the sequence has no sheet yet. */
  current: CriteriaRow | undefined
}

/** Edits one sequence's sheet; saves it whole as the store decides (in place or a new version). */
export function SheetEditor({ year, sequence, current }: Props) {
  const { session } = useStore()
  const confirm = useConfirm()
  const { run, busy } = useAction()
  const [draft, setDraft] = useState<DraftSheet>(() => readSheet(current?.sheet))
  const [dirty, setDirty] = useState(false)
  const [problems, setProblems] = useState<string[]>([])
  const readOnly = year.locked
  const total = sheetTotal(draft)
  const itemCount = draft.categories.reduce((n, c) => n + c.items.length, 0)

  const change = (next: DraftSheet) => {
    setDraft(next)
    setDirty(true)
  }

  const save = async () => {
    const found = draftProblems(draft)
    setProblems(found)
    if (found.length > 0) return
    const sheet = toStored(draft, {
      sequence,
      version: current?.version ?? 1,
      title: current?.sheet.title || `${SEQUENCE_LABELS[sequence]}考评细则`,
    })
    const attempt = (note: string) => saveCriteria(session, year.id, sequence, sheet, note)
    const describe = (r: { row: CriteriaRow; newVersion: boolean }) => ({
      title: `已保存${sequenceLabel(sequence)}考评细则${r.newVersion ? `（生成第 ${r.row.version} 版）` : ''}`,
      message:
        `${draft.categories.length} 个一级指标、${itemCount} 项考评内容，合计 ${formatPoints(total)} 分` +
        (total === FULL_MARKS ? '。' : '，尚不等于 100 分，请继续调整。'),
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
            {dirty ? (
              <Badge color="yellow" variant="light">
                有未保存的修改
              </Badge>
            ) : null}
          </Group>
          {readOnly ? null : (
            <Group gap="xs">
              <Button variant="subtle" onClick={() => void loadDefault()}>
                载入默认细则
              </Button>
              <Button
                variant="default"
                disabled={!dirty}
                onClick={() => {
                  setDraft(readSheet(current?.sheet))
                  setDirty(false)
                  setProblems([])
                }}
              >
                放弃修改
              </Button>
              <Button onClick={() => void save()} loading={busy} disabled={!dirty}>
                保存细则
              </Button>
            </Group>
          )}
        </Group>
      </Paper>
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

import { Alert, Button, Checkbox, Group, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { useMemo, useState } from 'react'
import { SequenceRoster } from './SequenceRoster'
import { UnitForm, type UnitDraft } from './UnitForm'
import { defaultKind, profileOf } from './unit-profile'
import { RosterImportModal } from './RosterImportModal'
import { useUnitsData } from './use-units-data'
import { exportOrder, previewRoster, type RosterPreview } from './roster-preview'
import {
  addUnit,
  importRoster,
  toAppError,
  setUnitRetired,
  unitsWithWork,
  updateUnit,
  yearUnits,
  type UnitRow,
} from '../../../db'
import { saveWorkbook } from '../../shared/save-workbook'
import { openWorkbooks } from '../../shared/open-workbooks'
import { writeRosterWorkbook } from '../../../excel'
import { useNotify } from '../../shared/notify'
import { useConfirm } from '../../shared/confirm'
import { NoYearNotice } from '../../shared/NoYearNotice'
import { PageHeader } from '../../shared/PageHeader'
import { useCurrentYear } from '../../shared/current-year'
import { useStore } from '../../shared/store-context'
import { useAction } from '../../shared/use-action'
import { SEQUENCES, sequenceLabel, type SequenceId } from '../../shared/labels'
import type { Section } from '../../navigation/sections'
import type { AppError } from '../../../shared/result'

type Editing = { mode: 'add' } | { mode: 'edit'; unit: UnitRow } | null

const blankDraft = (sequence: SequenceId = 'township'): UnitDraft => ({
  name: '',
  sequence,
  profile: { kind: defaultKind(sequence), leaders: [], contact: { name: '', phone: '' } },
})

export function UnitsPage({ section }: { section: Section }) {
  const { db, session } = useStore()
  const { year } = useCurrentYear()
  const confirm = useConfirm()
  const { run, busy } = useAction()
  const notify = useNotify()
  const [preview, setPreview] = useState<RosterPreview | null>(null)
  const [search, setSearch] = useState('')
  const [showRetired, setShowRetired] = useState(false)
  const [editing, setEditing] = useState<Editing>(null)
  const yearId = year?.id ?? ''
  const { units, withWork } = useUnitsData(db, yearId)

  const shown = useMemo(() => {
    const q = search.trim()
    return (units ?? []).filter((u) => {
      if (u.retired && !showRetired) return false
      if (q === '') return true
      const p = profileOf(u)
      const text = [u.name, p.contact.name, ...p.leaders.map((l) => l.name)].join(' ')
      return text.includes(q)
    })
  }, [units, search, showRetired])

  if (!year) return <NoYearNotice section={section} />
  const readOnly = year.locked
  const activeCount = (seq: string) =>
    (units ?? []).filter((u) => u.sequence === seq && !u.retired).length

  const save = async (draft: UnitDraft): Promise<AppError | null> => {
    const input = { name: draft.name, sequence: draft.sequence, ...draft.profile }
    const target = editing
    // The form shows the store's refusal beside the field it is about, not in a corner toast.
    const refused: { error: AppError | null } = { error: null }
    const saved = await run(
      () =>
        target?.mode === 'edit'
          ? updateUnit(session, target.unit.id, input)
          : addUnit(session, year.id, input),
      (u) => ({
        title:
          target?.mode === 'edit' ? `已保存 1 个单位：${u.name}` : `已新增 1 个单位：${u.name}`,
        message: `${sequenceLabel(u.sequence)}在册单位现有 ${activeCount(u.sequence) + (target?.mode === 'edit' ? 0 : 1)} 个。`,
      }),
      {
        handled: (e) => {
          refused.error = toAppError(e)
          // A failed write is also logged and announced as every other failed write is.
          return refused.error.code !== 'write-failed'
        },
      },
    )
    return saved !== undefined
      ? null
      : (refused.error ?? { code: 'write-failed', message: '未能保存' })
  }

  const retire = async (u: UnitRow) => {
    const reason = await confirm({
      title: `撤销单位：${u.name}`,
      message: '撤销后该单位不参加本年度考评，已有的材料和评分保留，可随时恢复。',
      confirmLabel: '撤销',
      reasonLabel: '撤销理由（记入修改记录）',
      danger: true,
    })
    if (reason === null) return
    await run(
      () => setUnitRetired(session, u.id, true, reason),
      () => ({ title: `已撤销 1 个单位：${u.name}` }),
    )
  }

  const reinstate = async (u: UnitRow) => {
    const reason = await confirm({
      title: `恢复单位：${u.name}`,
      message: '恢复后该单位重新参加本年度考评。',
      confirmLabel: '恢复',
      reasonLabel: '恢复理由（记入修改记录）',
    })
    if (reason === null) return
    await run(
      () => setUnitRetired(session, u.id, false, reason),
      () => ({ title: `已恢复 1 个单位：${u.name}` }),
    )
  }

  const pickRoster = async () => {
    const [file] = await openWorkbooks(notify, { multiple: false })
    if (!file) return
    const [existing, withWork] = await Promise.all([
      yearUnits(db, year.id),
      unitsWithWork(db, year.id),
    ])
    setPreview(previewRoster(file, existing, withWork))
  }

  const applyRoster = async (p: RosterPreview) => {
    const done = await run(
      () => importRoster(session, year.id, p.units, p.fileName),
      (r) => ({
        title: `已从 Excel 导入名册：新增 ${r.added.length} 个单位，修改 ${r.changed.length} 个`,
        message: `文件 ${p.fileName}；与名册相同的 ${r.unchanged} 个单位未改动。`,
      }),
    )
    if (done) setPreview(null)
  }

  const exportRoster = async () => {
    const all = exportOrder(await yearUnits(db, year.id))
    await saveWorkbook(notify, {
      fileName: `${year.year}年度被考评单位名册.xlsx`,
      write: () => writeRosterWorkbook(all, year.year),
      failed: '未能导出名册',
      done: { title: `已导出名册：${all.length} 个单位` },
    })
  }

  return (
    <Stack gap="md">
      <PageHeader
        title={section.label}
        purpose={section.purpose}
        actions={
          <>
            {readOnly ? null : (
              <Button variant="default" onClick={() => void pickRoster()}>
                从 Excel 导入……
              </Button>
            )}
            <Button variant="default" onClick={() => void exportRoster()}>
              导出到 Excel……
            </Button>
            {readOnly ? null : (
              <Button onClick={() => setEditing({ mode: 'add' })}>新增单位</Button>
            )}
          </>
        }
      />
      {readOnly ? <Alert color="gray">{year.title}已审定锁定，名册只能查看。</Alert> : null}
      <Group gap="md">
        <TextInput
          placeholder="搜索单位名称、负责人或联系人"
          aria-label="搜索单位"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={320}
        />
        <Checkbox
          label="显示已撤销的单位"
          checked={showRetired}
          onChange={(e) => setShowRetired(e.currentTarget.checked)}
        />
      </Group>
      <SimpleGrid cols={2} spacing="md">
        {SEQUENCES.map((s) => (
          <SequenceRoster
            key={s.id}
            label={s.label}
            units={shown.filter((u) => u.sequence === s.id)}
            total={units ? activeCount(s.id) : null}
            readOnly={readOnly}
            onEdit={(unit) => setEditing({ mode: 'edit', unit })}
            onRetire={(unit) => void retire(unit)}
            onReinstate={(unit) => void reinstate(unit)}
          />
        ))}
      </SimpleGrid>
      {editing ? (
        <UnitForm
          opened
          title={editing.mode === 'add' ? '新增单位' : `修改单位：${editing.unit.name}`}
          initial={
            editing.mode === 'add'
              ? blankDraft()
              : {
                  name: editing.unit.name,
                  sequence: editing.unit.sequence,
                  profile: profileOf(editing.unit),
                }
          }
          onClose={() => setEditing(null)}
          onSave={save}
          sequenceLocked={editing.mode === 'edit' && (withWork?.has(editing.unit.id) ?? true)}
        />
      ) : null}
      {preview ? (
        <RosterImportModal
          preview={preview}
          busy={busy}
          onConfirm={() => void applyRoster(preview)}
          onClose={() => setPreview(null)}
        />
      ) : null}
    </Stack>
  )
}

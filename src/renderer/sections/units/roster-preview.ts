/**
 * What a roster file would do, in words, before anything is written: per sequence how many
 * units are new, changed or the same; each change as 字段：原值 → 新值; every refused row as
 * 文件 · 工作表 · 行: 原因. A file with any refused row is not offered for import at all.
 */
import {
  LEADER_ROLE_LABELS,
  SEQUENCE_LABELS,
  SEQUENCES,
  type Leader,
  type Sequence,
  type Unit,
} from '../../../domain'
import { formatProblem, readRosterWorkbook } from '../../../excel'
import { planRosterImport, type RosterField, type RosterPlan, type UnitRow } from '../../../db'

export const ROSTER_SHEET_NAME = '单位名册'

const FIELD_LABELS: Record<RosterField, string> = {
  name: '名称',
  sequence: '序列',
  kind: '类别',
  leaders: '负责人',
  contact: '联系人',
  retired: '状态',
}

const leadersText = (ls: readonly Leader[]) =>
  ls.map((l) => `${l.name}（${l.title || LEADER_ROLE_LABELS[l.role]}）`).join('、') || '无'

export function fieldText(u: Unit, f: RosterField): string {
  switch (f) {
    case 'name':
      return u.name
    case 'sequence':
      return SEQUENCE_LABELS[u.sequence]
    case 'kind':
      return u.kind
    case 'leaders':
      return leadersText(u.leaders)
    case 'contact':
      return [u.contact.name, u.contact.phone].filter(Boolean).join(' ') || '无'
    case 'retired':
      return u.retired ? '停用' : '在册'
  }
}

export interface FieldChange {
  label: string
  before: string
  after: string
}

export interface PreviewChange {
  name: string
  /** The name before the import, when the file renames the unit. */
  formerName: string | null
  sequence: Sequence
  fields: FieldChange[]
}

export interface SequenceCounts {
  sequence: Sequence
  label: string
  added: number
  changed: number
}

export interface RosterPreview {
  fileName: string
  /** Problems that refuse the file (文件 · 工作表 · 单元格或行: 原因); empty when it may be imported. */
  errors: string[]
  warnings: string[]
  /** The units as read, for the import; empty when the file was refused. */
  units: Unit[]
  added: Unit[]
  changed: PreviewChange[]
  unchanged: number
  /** Units of the year that the file does not mention (kept as they are). */
  untouched: number
  counts: SequenceCounts[]
}

function emptyPreview(fileName: string): RosterPreview {
  return {
    fileName,
    errors: [],
    warnings: [],
    units: [],
    added: [],
    changed: [],
    unchanged: 0,
    untouched: 0,
    counts: [],
  }
}

/** Reads the file and compares it with the year's units (retired ones included); writes nothing. */
export function previewRoster(
  file: { name: string; data: Uint8Array },
  existing: readonly UnitRow[],
  /** Units with submissions or scores (they cannot change sequence). */
  withWork: ReadonlySet<string> = new Set(),
): RosterPreview {
  const read = readRosterWorkbook(file)
  const out = emptyPreview(file.name)
  out.warnings = read.problems.filter((p) => p.severity === 'warning').map(formatProblem)
  if (!read.ok) {
    out.errors = read.problems.filter((p) => p.severity === 'error').map(formatProblem)
    return out
  }
  if (read.units.length === 0) {
    out.errors = [formatProblem({ ...noRows(file.name) })]
    return out
  }
  const plan: RosterPlan = planRosterImport(existing, read.units, withWork)
  out.errors = plan.refused.map((r) =>
    formatProblem({
      file: file.name,
      sheet: ROSTER_SHEET_NAME,
      cell: `第 ${read.rows[r.index]} 行`,
      message: r.message,
      severity: 'error',
    }),
  )
  if (out.errors.length > 0) return out
  out.units = read.units
  out.added = plan.added.map((a) => a.unit)
  out.changed = plan.changed.map((c) => ({
    name: c.after.name,
    formerName: c.before.name === c.after.name ? null : c.before.name,
    sequence: c.after.sequence,
    fields: c.fields.map((f) => ({
      label: FIELD_LABELS[f],
      before: fieldText(c.before, f),
      after: fieldText(c.after, f),
    })),
  }))
  // A unit moved to the other sequence (one with nothing returned yet) is assessed on that
  // sheet and ranked there: say so.
  for (const c of plan.changed) {
    if (!c.fields.includes('sequence')) continue
    out.warnings.push(
      `单位“${c.before.name}”的序列将由“${SEQUENCE_LABELS[c.before.sequence]}”改为“${SEQUENCE_LABELS[c.after.sequence]}”：` +
        '此后按新序列的细则考评、在新序列中排名。',
    )
  }
  out.unchanged = plan.unchanged
  out.untouched = plan.untouched.length
  out.counts = SEQUENCES.map((sequence) => ({
    sequence,
    label: SEQUENCE_LABELS[sequence],
    added: out.added.filter((u) => u.sequence === sequence).length,
    changed: out.changed.filter((c) => c.sequence === sequence).length,
  }))
  return out
}

const noRows = (file: string) => ({
  file,
  sheet: ROSTER_SHEET_NAME,
  message: '表中没有任何单位（单位名称一列为空）',
  severity: 'error' as const,
})

/** Units of the year in the order the exported workbook lists them: by sequence, then name. */
export function exportOrder<T extends Unit>(units: readonly T[]): T[] {
  const seq = (s: Sequence) => SEQUENCES.indexOf(s)
  return [...units].sort(
    (a, b) => seq(a.sequence) - seq(b.sequence) || a.name.localeCompare(b.name, 'zh-CN'),
  )
}

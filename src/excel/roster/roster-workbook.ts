/** The roster (单位名册) as Excel, both ways: export for editing, import back checked by the domain. */
import {
  describeIssues,
  LEADER_ROLE_LABELS,
  SEQUENCE_LABELS,
  UnitEntrySchema,
  type Leader,
  type LeaderRole,
  type Sequence,
  type Unit,
} from '../../domain'
import { ProblemList, type ImportProblem } from '../report'
import { openWorkbook } from '../safe-read/read-workbook'
import { cellAddress, cellText, readGrid } from '../safe-read/sheet-grid'
import { findHeaderRow } from '../self-assessment/header-map'
import type { OutValue } from '../write/safe-cells'
import { buildBook, type SheetSpec } from '../write/sheet-builder'
import { writeWorkbook } from '../write/polish'

export const ROSTER_SHEET = '单位名册'
const ROLES: LeaderRole[] = ['secretary', 'chief', 'deputy']
export const ROSTER_HEADERS = {
  id: '单位编号',
  name: '单位名称',
  sequence: '序列',
  kind: '类别',
  secretary: `${LEADER_ROLE_LABELS.secretary}姓名`,
  secretaryTitle: `${LEADER_ROLE_LABELS.secretary}职务`,
  chief: `${LEADER_ROLE_LABELS.chief}姓名`,
  chiefTitle: `${LEADER_ROLE_LABELS.chief}职务`,
  deputy: `${LEADER_ROLE_LABELS.deputy}姓名`,
  deputyTitle: `${LEADER_ROLE_LABELS.deputy}职务`,
  contact: '联系人',
  phone: '联系电话',
  status: '状态',
} as const
const ORDER = Object.keys(ROSTER_HEADERS) as (keyof typeof ROSTER_HEADERS)[]

export function writeRosterWorkbook(units: readonly Unit[], year: number): Uint8Array {
  const rows: OutValue[][] = [[`${year}年度被考评单位名册`], ORDER.map((k) => ROSTER_HEADERS[k])]
  for (const u of units) {
    const leader = (role: LeaderRole) => u.leaders.find((l) => l.role === role)
    rows.push([
      u.id,
      u.name,
      SEQUENCE_LABELS[u.sequence],
      u.kind,
      ...ROLES.flatMap((r) => [leader(r)?.name ?? null, leader(r)?.title ?? null]),
      u.contact.name,
      u.contact.phone,
      u.retired ? '停用' : '在册',
    ])
  }
  const spec: SheetSpec = {
    name: ROSTER_SHEET,
    rows,
    widths: [8, 14, 10, 5, 7, 10, 7, 10, 7, 10, 7, 12, 5],
    merges: [{ s: { r: 0, c: 0 }, e: { r: 0, c: ORDER.length - 1 } }],
    headerRows: 2,
    titleRows: 1,
    wrapColumns: [1, 2, 5, 7, 9],
    pageHeader: `${year}年度被考评单位名册`,
  }
  return writeWorkbook(buildBook([spec]).wb, [spec])
}

const SEQUENCE_BY_LABEL = new Map<string, Sequence>(
  (Object.entries(SEQUENCE_LABELS) as [Sequence, string][]).map(([k, v]) => [v, k]),
)

export type RosterImport =
  | {
      ok: true
      units: Unit[]
      /** The sheet row (1-based, as Excel shows it) of each unit, for messages about a unit. */
      rows: number[]
      problems: ImportProblem[]
    }
  | { ok: false; problems: ImportProblem[] }

/** Reads a roster file; every row is checked by the domain's unit schema, problems name the row. */
export function readRosterWorkbook(file: { name: string; data: Uint8Array }): RosterImport {
  const problems = new ProblemList(file.name)
  const opened = openWorkbook(file.data)
  if (!opened.ok) {
    problems.error(opened.reason)
    return { ok: false, problems: problems.items }
  }
  const ws = opened.workbook.sheet(ROSTER_SHEET)
  if (!ws) {
    problems.error(`找不到工作表“${ROSTER_SHEET}”`)
    return { ok: false, problems: problems.items }
  }
  const grid = readGrid(ws)
  const header = findHeaderRow(grid, ROSTER_HEADERS, 'name')
  const col = header?.columns
  if (!header || !col || col.name === undefined || col.sequence === undefined) {
    problems.error('找不到表头（单位名称、序列）', ROSTER_SHEET)
    return { ok: false, problems: problems.items }
  }
  const text = (r: number, key: keyof typeof ROSTER_HEADERS) =>
    col[key] === undefined ? '' : cellText(grid.at(r, col[key]!))
  const units: Unit[] = []
  const rows: number[] = []
  const ids = new Set<string>()
  for (let r = header.row + 1; r < grid.rows; r++) {
    const name = text(r, 'name')
    if (!name) continue
    const sequence = SEQUENCE_BY_LABEL.get(text(r, 'sequence'))
    if (!sequence) {
      problems.error(
        `序列应为“${SEQUENCE_LABELS.township}”或“${SEQUENCE_LABELS.department}”`,
        ROSTER_SHEET,
        cellAddress(r, col.sequence),
      )
      continue
    }
    const leaders: Leader[] = ROLES.flatMap((role) => {
      const leaderName = text(r, role)
      return leaderName ? [{ role, name: leaderName, title: text(r, `${role}Title`) }] : []
    })
    let id = text(r, 'id') || `u${r + 1}`
    if (ids.has(id)) id = `${id}-${r + 1}`
    ids.add(id)
    const parsed = UnitEntrySchema.safeParse({
      id,
      name,
      sequence,
      kind: text(r, 'kind') || (sequence === 'department' ? '部门' : '乡镇'),
      leaders,
      contact: { name: text(r, 'contact'), phone: text(r, 'phone') },
      retired: text(r, 'status') === '停用',
    })
    if (!parsed.success) {
      for (const line of describeIssues(parsed.error))
        problems.error(line, ROSTER_SHEET, `第 ${r + 1} 行`)
      continue
    }
    units.push(parsed.data)
    rows.push(r + 1)
  }
  if (problems.hasErrors) return { ok: false, problems: problems.items }
  return { ok: true, units, rows, problems: problems.items }
}

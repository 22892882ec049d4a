/** The self-assessment template (自查表) for one unit, as .xlsx bytes. */
import {
  criteriaItems,
  documentTitles,
  formatPoints,
  SEQUENCE_LABELS,
  type CriteriaSheet,
  type Unit,
  type YearPackage,
} from '../../domain'
import { deadlineText, returnTo, scoreValidations, SIGNATURE_LINES } from '../write/form-parts'
import type { OutValue } from '../write/safe-cells'
import { buildBook, type SheetSpec } from '../write/sheet-builder'
import { writeWorkbook } from '../write/polish'
import {
  criteriaFingerprint,
  META_KEYS,
  META_SHEET,
  SELF_COLUMN_ORDER,
  SELF_FORMAT,
  SELF_HEADERS,
  SELF_SHEET,
  SELF_WIDTHS,
  VETO_HEADERS,
  VETO_SHEET,
} from './layout'

const CHINESE_ORDINALS = '一二三四五六七八九十'
/** Two ideographic spaces, as a Chinese form separates its fields. */
const GAP = '\u3000\u3000'
const col = (key: (typeof SELF_COLUMN_ORDER)[number]) => SELF_COLUMN_ORDER.indexOf(key)
const letter = (key: (typeof SELF_COLUMN_ORDER)[number]) => String.fromCharCode(65 + col(key))

/** The number shown in the 满分 column: 10 rather than 10.00, as the office writes it. */
export const plainPoints = (p: number): number => Number(formatPoints(p))

function instructions(pkg: YearPackage): string[] {
  const s = pkg.settings
  return [
    '填写说明',
    '1．只在浅黄色单元格中填写“自评得分”“自评说明”“佐证材料”；其余单元格已锁定（未设密码，只防误改）。',
    '2．自评得分填 0 至该项满分之间的数，最多两位小数，并按扣分步长扣减；低于满分的项目须在“自评说明”中写明扣分原因。',
    '3．佐证材料每行写一项（单元格内按 Alt+Enter 换行），写明文件名称和文号或日期，如“县环委会会议纪要（2026年第2次）”；材料原件另行报送。',
    `4．不要修改工作表名称，不要插入、删除、移动或合并行列，不要删除隐藏的“${META_SHEET}”工作表，否则无法导入。`,
    `5．在“${VETO_SHEET}”工作表中逐项选择“是”或“否”，选“是”的须写明情况。`,
    `6．填好后保存为 .xlsx（Excel 或 WPS 均可），打印并加盖公章，${deadlineText(s)}将电子文件和盖章件报送${returnTo(s)}。`,
  ]
}

export function selfAssessmentSpecs(pkg: YearPackage, unit: Unit): SheetSpec[] {
  const sheet: CriteriaSheet = pkg.criteria[unit.sequence]
  const width = SELF_COLUMN_ORDER.length
  const rows: OutValue[][] = [
    [documentTitles.selfAssessment(pkg.year)],
    [`单位：${unit.name}${GAP}序列：${SEQUENCE_LABELS[unit.sequence]}${GAP}年度：${pkg.year}`],
    [
      '只在浅黄色单元格中填写：得分不超过满分，按扣分步长填写，低于满分须写明原因。详见表末“填写说明”。',
    ],
    SELF_COLUMN_ORDER.map((k) => SELF_HEADERS[k]),
  ]
  const merges = [0, 1, 2].map((r) => ({ s: { r, c: 0 }, e: { r, c: width - 1 } }))
  const sectionRows: number[] = []
  const itemRows: number[] = []
  const scoreCells: { cell: string; max: number; step?: number }[] = []
  sheet.categories.forEach((category, ci) => {
    merges.push({ s: { r: rows.length, c: 0 }, e: { r: rows.length, c: width - 1 } })
    sectionRows.push(rows.length)
    rows.push([`${CHINESE_ORDINALS[ci] ?? ci + 1}、${category.title}`])
    for (const item of category.items) {
      const standard = item.step
        ? `${item.standard}${item.standard ? '\n' : ''}（扣分步长 ${formatPoints(item.step)} 分）`
        : item.standard
      itemRows.push(rows.length)
      scoreCells.push({
        cell: `${letter('score')}${rows.length + 1}`,
        max: item.max,
        step: item.step,
      })
      rows.push([item.code, item.title, plainPoints(item.max), null, null, null, standard])
    }
  })
  const first = (itemRows[0] ?? 0) + 1
  const last = (itemRows.at(-1) ?? 0) + 1
  const totalRow = rows.length
  const maxTotal = criteriaItems(sheet).reduce((n, i) => n + i.max, 0)
  rows.push(['合计', null, plainPoints(maxTotal), null, null, null, null])
  const notesFrom = rows.length
  rows.push([], ...SIGNATURE_LINES.map((l) => [l]), [], ...instructions(pkg).map((l) => [l]))
  for (let r = notesFrom; r < rows.length; r++) {
    if (rows[r]!.length) merges.push({ s: { r, c: 0 }, e: { r, c: width - 1 } })
  }
  const scoreLetter = letter('score')

  const vetoRows: OutValue[][] = [
    [`${unit.name} 一票否决情形申报（第九条（三））`],
    [VETO_HEADERS.code, VETO_HEADERS.text, VETO_HEADERS.met, VETO_HEADERS.note],
    ...sheet.vetoes.map((v) => [v.code, v.text, '否', null]),
  ]
  const vetoItemRows = sheet.vetoes.map((_, i) => i + 2)
  const vetoNotesFrom = vetoRows.length
  vetoRows.push([], ['选择“是”的，须在“情况说明”中写明时间、事件和处理情况。'])
  const meta: OutValue[][] = [
    [META_KEYS.format, SELF_FORMAT],
    [META_KEYS.formatVersion, 1],
    [META_KEYS.year, pkg.year],
    [META_KEYS.unitId, unit.id],
    [META_KEYS.unitName, unit.name],
    [META_KEYS.sequence, unit.sequence],
    [META_KEYS.criteriaVersion, sheet.version],
    [META_KEYS.fingerprint, criteriaFingerprint(sheet)],
  ]
  const pageHeader = `${unit.name}${GAP}${pkg.year}年度自查表`
  return [
    {
      name: SELF_SHEET,
      rows,
      widths: SELF_WIDTHS,
      merges,
      headerRows: 4,
      titleRows: 1,
      wrapColumns: [1, 4, 5, 6],
      pointColumns: [col('score')],
      inputs: { rows: itemRows, cols: [col('score'), col('explanation'), col('evidence')] },
      sectionRows,
      totalRows: [totalRow],
      notesFrom,
      formulas: [
        {
          cell: `${scoreLetter}${totalRow + 1}`,
          formula: `SUM(${scoreLetter}${first}:${scoreLetter}${last})`,
          value: 0,
        },
      ],
      validations: scoreValidations(scoreCells, '自评得分'),
      protect: true,
      pageHeader,
    },
    {
      name: VETO_SHEET,
      rows: vetoRows,
      widths: [6, 50, 14, 36],
      merges: [0, vetoNotesFrom + 1].map((r) => ({ s: { r, c: 0 }, e: { r, c: 3 } })),
      headerRows: 2,
      titleRows: 1,
      wrapColumns: [1, 3],
      inputs: { rows: vetoItemRows, cols: [2, 3] },
      notesFrom: vetoNotesFrom,
      validations: vetoItemRows.length
        ? [
            {
              cells: vetoItemRows.map((r) => `C${r + 1}`),
              rule: { kind: 'list', options: ['是', '否'] },
              promptTitle: '是否存在该情形',
              prompt: '从下拉列表选择“是”或“否”。',
              errorTitle: '只能填“是”或“否”',
              error: '请从下拉列表选择“是”或“否”。',
            },
          ]
        : [],
      protect: true,
      pageHeader,
    },
    { name: META_SHEET, rows: meta, widths: [12, 40], headerRows: 0, hidden: true },
  ]
}

export function writeSelfAssessmentTemplate(pkg: YearPackage, unit: Unit): Uint8Array {
  const specs = selfAssessmentSpecs(pkg, unit)
  return writeWorkbook(buildBook(specs).wb, specs)
}

/** A file name from the unit's name, safe on Windows: `青山镇.xlsx`. */
export function unitFileName(unit: Pick<Unit, 'name'>, suffix = ''): string {
  // Control characters and the characters Windows forbids in file names.
  // eslint-disable-next-line no-control-regex
  const safe = unit.name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/[. ]+$/, '')
  return `${safe || '未命名单位'}${suffix}.xlsx`
}

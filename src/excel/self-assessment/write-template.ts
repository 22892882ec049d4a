/** The self-assessment template (自查表) for one unit, as .xlsx bytes. */
import {
  formatPoints,
  SEQUENCE_LABELS,
  type CriteriaSheet,
  type Unit,
  type YearPackage,
} from '../../domain'
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

/** The number shown in the 满分 column: 10 rather than 10.00, as the office writes it. */
export const plainPoints = (p: number): number => Number(formatPoints(p))

export function selfAssessmentSpecs(pkg: YearPackage, unit: Unit): SheetSpec[] {
  const sheet: CriteriaSheet = pkg.criteria[unit.sequence]
  const width = SELF_COLUMN_ORDER.length
  const rows: OutValue[][] = [
    [`${pkg.year}年度环境保护党政同责工作目标绩效考评自查表`],
    [`单位：${unit.name}${GAP}序列：${SEQUENCE_LABELS[unit.sequence]}${GAP}年度：${pkg.year}`],
    [
      '填写说明：只填写“自评得分”“自评说明”“佐证材料”三列；得分不超过满分，按扣分步长填写；低于满分须写明原因。',
    ],
    SELF_COLUMN_ORDER.map((k) => SELF_HEADERS[k]),
  ]
  const merges = [0, 1, 2].map((r) => ({ s: { r, c: 0 }, e: { r, c: width - 1 } }))
  sheet.categories.forEach((category, ci) => {
    merges.push({ s: { r: rows.length, c: 0 }, e: { r: rows.length, c: width - 1 } })
    rows.push([`${CHINESE_ORDINALS[ci] ?? ci + 1}、${category.title}`])
    for (const item of category.items) {
      const standard = item.step
        ? `${item.standard}${item.standard ? '\n' : ''}（扣分步长 ${formatPoints(item.step)} 分）`
        : item.standard
      rows.push([item.code, item.title, plainPoints(item.max), null, null, null, standard])
    }
  })
  const vetoRows: OutValue[][] = [
    [`${unit.name} 一票否决情形申报（第九条（三））`],
    [VETO_HEADERS.code, VETO_HEADERS.text, VETO_HEADERS.met, VETO_HEADERS.note],
    ...sheet.vetoes.map((v) => [v.code, v.text, '否', null]),
  ]
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
  return [
    {
      name: SELF_SHEET,
      rows,
      widths: SELF_WIDTHS,
      merges,
      headerRows: 4,
      titleRows: 1,
      wrapColumns: [1, 4, 5, 6],
    },
    {
      name: VETO_SHEET,
      rows: vetoRows,
      widths: [8, 60, 22, 40],
      merges: [{ s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }],
      headerRows: 2,
      titleRows: 1,
      wrapColumns: [1, 3],
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

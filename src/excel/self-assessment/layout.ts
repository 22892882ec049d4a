/**
 * The 自查表 as the app writes it and reads it back: one place for sheet names, headers and
 * metadata keys, so the template and the importer cannot drift apart. Columns are found by
 * their header text on import, not by position, so a unit that inserts a column still imports.
 */
import { canonicalJson, sha256Hex, type CriteriaSheet } from '../../domain'

export const SELF_SHEET = '自查表'
export const VETO_SHEET = '一票否决申报'
/** Very hidden: year, unit and criteria, so a file is matched without trusting its name. */
export const META_SHEET = '考评通信息'
export const SELF_FORMAT = 'kaopingtong-self-assessment'

export const SELF_HEADERS = {
  code: '指标编号',
  title: '考评内容',
  max: '满分',
  score: '自评得分',
  explanation: '自评说明',
  evidence: '佐证材料',
  standard: '评分标准',
} as const
export const SELF_COLUMN_ORDER = [
  'code',
  'title',
  'max',
  'score',
  'explanation',
  'evidence',
  'standard',
] as const
/**
 * Column widths add up to at most 112: LibreOffice prints a width unit as about 7 pt, and A4
 * landscape holds 784 pt between the margins, so 11 pt text is printed at 10.5 pt or more.
 */
export const PRINT_WIDTH_BUDGET = 112
export const SELF_WIDTHS = [6, 24, 5, 7, 22, 20, 28]

export const VETO_HEADERS = {
  code: '编号',
  text: '一票否决情形',
  met: '是否存在（填“是”或“否”）',
  note: '情况说明',
} as const

export const META_KEYS = {
  format: '格式',
  formatVersion: '格式版本',
  year: '年度',
  unitId: '单位编号',
  unitName: '单位名称',
  sequence: '序列',
  criteriaVersion: '细则版本',
  fingerprint: '细则指纹',
} as const

/** Evidence items are listed one per line (or separated by ；) in the 佐证材料 cell. */
export const splitEvidence = (text: string): string[] =>
  text
    .split(/[\r\n；;]+/)
    .map((s) => s.trim())
    .filter(Boolean)

/** Identifies the criteria a template was made from, independent of its version number. */
export function criteriaFingerprint(sheet: CriteriaSheet): string {
  const items = sheet.categories.flatMap((c) =>
    c.items.map((i) => ({ code: i.code, max: i.max, step: i.step ?? null })),
  )
  const vetoes = sheet.vetoes.map((v) => v.code)
  return sha256Hex(canonicalJson({ sequence: sheet.sequence, items, vetoes })).slice(0, 16)
}

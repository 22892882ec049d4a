/** The reviewer score sheet (评分表 for a reviewer on another PC): one place for its layout. */
export const REVIEW_SHEET = '审核评分'
export const REVIEW_META_SHEET = '考评通信息'
export const REVIEW_FORMAT = 'kaopingtong-reviewer-sheet'

export const REVIEW_HEADERS = {
  unitId: '单位编号',
  unit: '单位',
  code: '指标编号',
  title: '考评内容',
  max: '满分',
  self: '自评得分',
  explanation: '自评说明',
  score: '审核得分',
  reason: '评分理由',
} as const
export const REVIEW_COLUMN_ORDER = [
  'unitId',
  'unit',
  'code',
  'title',
  'max',
  'self',
  'explanation',
  'score',
  'reason',
] as const
export const REVIEW_WIDTHS = [5, 10, 5, 22, 5, 6, 22, 7, 22]

export const REVIEW_META_KEYS = {
  format: '格式',
  year: '年度',
  reviewerId: '评分人编号',
  reviewerName: '评分人',
  township: '乡镇序列细则指纹',
  department: '部门序列细则指纹',
} as const

import type { HistoryRow } from '../../../db'
import { SETTING_LABELS } from '../../shared/settings-labels'

/**
 * A history entry in words, for the 修改记录 table: what kind of record, what happened, and
 * which fields changed — never the raw stored values.
 */
const ENTITY_LABELS: Record<string, string> = {
  year: '年度',
  unit: '单位',
  criteria: '考评细则',
  submission: '自查材料',
  reviewer: '评分人',
  score: '评分',
  adjustment: '复核调整',
  ledger: '问题台账',
  target: '目标任务完成情况',
  lock: '审定锁定',
  restore: '数据恢复',
  settings: '年度设置',
  roster: '单位名册',
}

const ACTION_LABELS: Record<string, string> = {
  add: '新增',
  edit: '修改',
  retire: '撤销',
  reinstate: '恢复',
  remove: '删除',
  save: '保存',
  import: '导入',
  approve: '审定并锁定',
  unlock: '解除锁定',
  'create-scratch': '从零新建',
  'create-previous': '复制上一年度建立',
  'create-sample': '从示例年度建立',
  'create-restore': '从数据包恢复',
  'restore-as-new': '从数据包恢复为新年度',
  'restore-replace': '从数据包替换',
  rename: '改名',
  delete: '删除',
  revert: '撤回',
  set: '评分',
  change: '改分',
  clear: '清除评分',
  're-import': '重新导入',
}

const FIELD_LABELS: Record<string, string> = {
  ...SETTING_LABELS,
  name: '名称',
  sequence: '序列',
  retired: '撤销状态',
  data: '单位信息',
  kind: '类别',
  leaders: '负责人',
  contact: '联系人',
  settings: '年度设置',
  title: '名称',
  sheet: '细则内容',
  score: '分数',
  reason: '理由',
  delta: '调整分值',
  points: '扣分',
  locked: '锁定状态',
  description: '问题描述',
}

// A code this build does not know (written by a newer one) is shown as such, never in English.
export const entityLabel = (e: string): string => ENTITY_LABELS[e] ?? '其他记录'
export const actionLabel = (a: string): string => ACTION_LABELS[a] ?? '其他修改'

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function nameOf(v: unknown): string | null {
  if (!isRecord(v)) return null
  for (const k of ['name', 'title'] as const) {
    const x = v[k]
    if (typeof x === 'string' && x !== '') return x
  }
  return null
}

function changedFields(oldValue: unknown, newValue: unknown): string[] {
  if (!isRecord(oldValue) || !isRecord(newValue)) return []
  const keys = new Set([...Object.keys(oldValue), ...Object.keys(newValue)])
  const changed = [...keys].filter(
    (k) => JSON.stringify(oldValue[k]) !== JSON.stringify(newValue[k]),
  )
  const named = changed.flatMap((k) => (FIELD_LABELS[k] ? [FIELD_LABELS[k]] : []))
  return named.length < changed.length ? [...named, '其他'] : named
}

/**
 * e.g. `白云乡；改动：名称、单位信息` or `2026年度`. `names` maps record ids to their current names,
 * for entries that store only the changed flag (a retirement, a lock).
 */
export function describeChange(row: HistoryRow, names: ReadonlyMap<string, string>): string {
  const subject = nameOf(row.newValue) ?? nameOf(row.oldValue) ?? names.get(row.entityId) ?? null
  const fields = row.action === 'edit' ? changedFields(row.oldValue, row.newValue) : []
  const parts = [subject, fields.length > 0 ? `改动：${fields.join('、')}` : null]
  return parts.filter(Boolean).join('；')
}

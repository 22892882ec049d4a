import type { HistoryRow } from '../../../db'
import { LEDGER_KIND_INFO, formatPoints, type LedgerKind } from '../../../domain'
import { sequenceLabel } from '../../shared/labels'
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
  template: '自查表模板',
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
  'confirm-self': '确认自评更新',
  refused: '拒收文件',
  issue: '生成下发',
  create: '新增',
  'new-version': '生成新版本',
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

const points = (v: unknown): string => (typeof v === 'number' ? formatPoints(v) : '—')
const signed = (v: unknown): string =>
  typeof v === 'number' ? `${v > 0 ? '+' : ''}${formatPoints(v)} 分` : '—'
const arrow = (from: string, to: string): string => `${from} → ${to}`
const str = (v: unknown): string => (typeof v === 'string' ? v : '')
const field = (v: unknown, k: string): unknown => (isRecord(v) ? v[k] : undefined)

/** A 评分 entry: `青山镇 · 张三 · 1.1：4.00 → 3.50（资料不全）`. */
function describeScore(row: HistoryRow, names: ReadonlyMap<string, string>): string {
  const [unitId = '', reviewerId = '', itemCode = ''] = row.entityId.split('|')
  const who = [names.get(unitId) ?? '（已删除的单位）', names.get(reviewerId) ?? '（评分人）']
  if (row.action === 'confirm-self') {
    const change = field(row.oldValue, 'selfChanged')
    const self = arrow(selfPoints(field(change, 'from')), selfPoints(field(change, 'to')))
    return `${who.join(' · ')} · ${itemCode}：维持 ${points(field(row.oldValue, 'score'))}（自评 ${self}）`
  }
  const before = row.oldValue === null ? '未评' : points(field(row.oldValue, 'score'))
  const after = row.newValue === null ? '清除' : points(field(row.newValue, 'score'))
  const why = str(field(row.newValue, 'reason'))
  return `${who.join(' · ')} · ${itemCode}：${arrow(before, after)}${why ? `（${why}）` : ''}`
}

/** 复核调整 and 问题台账 entries carry their whole row: name the unit and what it says. */
function describeAdjustment(row: HistoryRow, names: ReadonlyMap<string, string>): string {
  const a = (row.action === 'remove' ? row.oldValue : row.newValue) ?? row.oldValue
  const unit = names.get(str(field(a, 'unitId'))) ?? ''
  const item = field(a, 'itemCode')
  const where = typeof item === 'string' ? `指标 ${item}` : '总分'
  const delta = signed(field(a, 'delta'))
  const ref = str(field(a, 'supervisionRef'))
  const text = `${unit} · ${where}：${delta}${ref ? `（${ref}）` : ''}`
  if (row.action === 'remove') return `${text}，已撤销`
  if (row.action === 'revert') {
    return field(row.newValue, 'removed') === true ? `${text}，撤回后撤销` : `${text}，撤回后恢复`
  }
  return text
}

function describeLedger(row: HistoryRow, names: ReadonlyMap<string, string>): string {
  const e = (row.action === 'remove' ? row.oldValue : row.newValue) ?? row.oldValue
  const unit = names.get(str(field(e, 'unitId'))) ?? ''
  const kind = LEDGER_KIND_INFO[str(field(e, 'kind')) as LedgerKind]
  const cost = kind ? `${kind.label}，扣 ${formatPoints(kind.points)} 分` : ''
  const text = `${unit} · ${str(field(e, 'description'))}${cost ? `（${cost}）` : ''}`
  return row.action === 'remove' ? `${text}，已撤销` : text
}

/** 细则: which sequence, which version, and the item count before and after. */
function describeCriteria(row: HistoryRow): string {
  const version = (v: unknown) => field(v, 'version')
  const count = (v: unknown) => {
    const cats = field(field(v, 'sheet'), 'categories')
    return Array.isArray(cats)
      ? cats.reduce((n: number, c: unknown) => {
          const items = field(c, 'items')
          return n + (Array.isArray(items) ? items.length : 0)
        }, 0)
      : 0
  }
  const label = `${sequenceLabel(row.entityId)}考评细则`
  const after = `第 ${String(version(row.newValue))} 版（${count(row.newValue)} 项）`
  if (row.oldValue === null) return `${label} ${after}`
  return `${label} ${arrow(`第 ${String(version(row.oldValue))} 版（${count(row.oldValue)} 项）`, after)}`
}

/** 年度设置: each changed setting with its old and new value, when they are plain values. */
function describeSettings(row: HistoryRow): string {
  const from = row.oldValue
  const to = row.newValue
  if (!isRecord(from) || !isRecord(to)) return ''
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter(
    (k) => JSON.stringify(from[k]) !== JSON.stringify(to[k]),
  )
  const plain = (v: unknown) =>
    typeof v === 'boolean'
      ? v
        ? '是'
        : '否'
      : typeof v === 'string' || typeof v === 'number'
        ? String(v)
        : null
  const parts = keys.map((k) => {
    const label = FIELD_LABELS[k] ?? '其他'
    const a = plain(from[k])
    const b = plain(to[k])
    return a !== null && b !== null && typeof to[k] !== 'number'
      ? `${label}：${arrow(a, b)}`
      : label
  })
  return parts.length > 0 ? `改动：${parts.join('、')}` : ''
}

function describeSubmission(row: HistoryRow, names: ReadonlyMap<string, string>): string {
  const unit = names.get(row.entityId) ?? ''
  const file = str(field(row.newValue, 'fileName'))
  if (row.action === 'refused') {
    const [first] = (field(row.newValue, 'messages') as string[] | undefined) ?? []
    return `${unit}：“${file}”未导入${first ? `（${first}）` : ''}，状态为有问题`
  }
  const v = field(row.newValue, 'version')
  const before = field(row.oldValue, 'version')
  const marked = field(row.newValue, 'marked')
  const pending = typeof marked === 'number' ? `；${marked} 项评分待评分人确认` : ''
  return `${unit}：${typeof before === 'number' ? arrow(`第 ${before} 版`, `第 ${String(v)} 版`) : `第 ${String(v)} 版`}（${file}）${pending}`
}

const selfPoints = (v: unknown) => (v === null || v === undefined ? '空' : points(v))

function describeTemplates(row: HistoryRow): string {
  const units = (field(row.newValue, 'units') as { name: string }[] | undefined) ?? []
  const shown = units
    .slice(0, 3)
    .map((u) => u.name)
    .join('、')
  return `${units.length} 个单位${units.length > 0 ? `（${shown}${units.length > 3 ? ' 等' : ''}）` : ''}`
}

/**
 * What one entry changed, readable without the app's codes: the unit, the item, old → new.
 * e.g. `青山镇 · 张三 · 1.1：4.00 → 3.50（资料不全）` or `白云乡；改动：名称、单位信息`.
 * `names` maps unit, reviewer and year ids to their current names.
 */
export function describeChange(row: HistoryRow, names: ReadonlyMap<string, string>): string {
  if (row.entity === 'score') return describeScore(row, names)
  if (row.entity === 'adjustment') return describeAdjustment(row, names)
  if (row.entity === 'ledger') return describeLedger(row, names)
  if (row.entity === 'criteria') return describeCriteria(row)
  if (row.entity === 'settings') return describeSettings(row)
  if (row.entity === 'submission') return describeSubmission(row, names)
  if (row.entity === 'template') return describeTemplates(row)
  return describeRecord(row, names)
}

/** Roster, years and the rest: the record's name and the fields an edit changed. */
function describeRecord(row: HistoryRow, names: ReadonlyMap<string, string>): string {
  const subject = nameOf(row.newValue) ?? nameOf(row.oldValue) ?? names.get(row.entityId) ?? null
  const fields = row.action === 'edit' ? changedFields(row.oldValue, row.newValue) : []
  const parts = [subject, fields.length > 0 ? `改动：${fields.join('、')}` : null]
  return parts.filter(Boolean).join('；')
}

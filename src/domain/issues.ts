import type { z } from 'zod'

/** Chinese names of the package's paths, so a refusal can say where: `单位名册 第3项 · 单位名称`. */
const SECTION_LABELS: Record<string, string> = {
  settings: '年度设置',
  units: '单位名册',
  criteria: '考评细则',
  township: '乡镇（街道）和园区',
  department: '县级部门',
  categories: '一级指标',
  items: '考评内容',
  vetoes: '否决情形',
  leaders: '负责人',
  contact: '联系人',
  submissions: '自查材料',
  reviewers: '评分人',
  scores: '审核评分',
  adjustments: '复核调整',
  ledger: '问题台账',
  approval: '审定',
  events: '审定记录',
  history: '操作历史',
  pastOutcomes: '往年考评结果',
  targetJudgements: '目标任务完成情况',
  criteriaDrafts: '考评细则草稿',
  selfChanged: '自评更新标记',
  evidence: '佐证材料',
  veto: '否决申报',
  conditions: '否决情形',
  checksum: '校验值',
}

function where(path: readonly PropertyKey[]): string {
  const parts: string[] = []
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]
    const next = path[i + 1]
    if (typeof seg === 'number') continue
    const label = SECTION_LABELS[String(seg)]
    if (label === undefined) continue
    parts.push(typeof next === 'number' ? `${label} 第${next + 1}项` : label)
  }
  return parts.join(' · ')
}

const EXPECTED: Record<string, string> = {
  object: '一组字段',
  array: '列表',
  string: '文本',
  number: '数字',
  boolean: '是或否',
}

/**
 * zod's own English text, for the few places a schema has no Chinese message of its own
 * (an object that is missing or not an object): said again in Chinese with the field's name.
 */
function fallback(issue: z.core.$ZodIssue): string {
  if (!issue.message.startsWith('Invalid input') && /[\u4e00-\u9fff]/.test(issue.message)) {
    return issue.message
  }
  const key = [...issue.path].reverse().find((k) => typeof k === 'string')
  const label = (key !== undefined && SECTION_LABELS[String(key)]) || '内容'
  if (issue.code === 'invalid_type') {
    if (/received undefined/.test(issue.message)) return `${label}：必填`
    return `${label}：应为${EXPECTED[issue.expected] ?? issue.expected}`
  }
  return `${label}：格式不正确`
}

/** One line per problem, each naming where it is and (through the schema messages) the field. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const message = fallback(issue)
    // `单位名册：应为列表` already names its place: do not say `单位名册 · ` before it.
    const last = issue.path.at(-1)
    const lastLabel = typeof last === 'string' ? SECTION_LABELS[last] : undefined
    const path =
      lastLabel && message.startsWith(`${lastLabel}：`) ? issue.path.slice(0, -1) : issue.path
    const place = where(path)
    return place ? `${place} · ${message}` : message
  })
}

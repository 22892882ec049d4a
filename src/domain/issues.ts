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
  leaders: '领导',
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
  evidence: '佐证材料',
  veto: '否决申报',
  conditions: '否决情形',
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

/** One line per problem, each naming where it is and (through the schema messages) the field. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const place = where(issue.path)
    return place ? `${place} · ${issue.message}` : issue.message
  })
}

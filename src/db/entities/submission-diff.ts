/**
 * What changed between two versions of a unit's self-assessment, item by item, for the
 * 自查材料 page ("re-importing a unit's file keeps the earlier version and shows what changed").
 */
import { formatPoints, type Submission } from '../../domain'

export interface SubmissionChange {
  /** Item code, or '否决申报' for the veto declaration. */
  code: string
  field: '自评得分' | '自评说明' | '佐证材料' | '否决情形' | '指标'
  before: string
  after: string
}

const score = (v: number | null | undefined) =>
  v === null || v === undefined ? '（空）' : formatPoints(v)

export function diffSubmissions(
  older: Pick<Submission, 'items' | 'veto'>,
  newer: Pick<Submission, 'items' | 'veto'>,
): SubmissionChange[] {
  const out: SubmissionChange[] = []
  const before = new Map(older.items.map((i) => [i.code, i]))
  const after = new Map(newer.items.map((i) => [i.code, i]))
  for (const code of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(code)
    const b = after.get(code)
    if (!a || !b) {
      out.push({ code, field: '指标', before: a ? '有' : '无', after: b ? '有' : '无' })
      continue
    }
    if (a.score !== b.score)
      out.push({ code, field: '自评得分', before: score(a.score), after: score(b.score) })
    if (a.explanation !== b.explanation) {
      out.push({ code, field: '自评说明', before: a.explanation, after: b.explanation })
    }
    const ea = a.evidence.join('；')
    const eb = b.evidence.join('；')
    if (ea !== eb) out.push({ code, field: '佐证材料', before: ea, after: eb })
  }
  const va = [...older.veto.conditions].sort().join('、')
  const vb = [...newer.veto.conditions].sort().join('、')
  if (va !== vb)
    out.push({ code: '否决申报', field: '否决情形', before: va || '无', after: vb || '无' })
  return out
}

import { formatPoints as f } from '../points'
import type { YearPackage } from '../model/year-package'
import { criteriaItems, validateCriteria } from '../criteria/validate-criteria'
import { checkItemScore } from '../criteria/item-score'
import { SEQUENCES, SEQUENCE_LABELS, type Unit } from '../model/unit'
import { computeResults } from '../results/compute-results'
import { totalOutOfBounds } from '../results/adjustment-bounds'

/**
 * What the schema cannot see: records that point at nothing, scores over the maximum or off
 * the step, review scores that differ from the self score without a reason, duplicates.
 * One Chinese sentence each, naming the list, the entry and the unit; empty when consistent.
 */
export function checkYearPackage(pkg: YearPackage): string[] {
  const out: string[] = []
  for (const s of SEQUENCES) out.push(...validateCriteria(pkg.criteria[s]))
  const units = new Map<string, Unit>()
  const names = new Set<string>()
  pkg.units.forEach((u, i) => {
    if (units.has(u.id)) out.push(`单位名册 第${i + 1}项：单位编号 ${u.id} 重复`)
    if (names.has(u.name)) out.push(`单位名册 第${i + 1}项：单位名称“${u.name}”重复`)
    units.set(u.id, u)
    names.add(u.name)
  })
  const items = Object.fromEntries(
    SEQUENCES.map((s) => [s, new Map(criteriaItems(pkg.criteria[s]).map((it) => [it.code, it]))]),
  )
  const vetoes = Object.fromEntries(
    SEQUENCES.map((s) => [s, new Set(pkg.criteria[s].vetoes.map((v) => v.code))]),
  )
  const reviewers = new Set(pkg.reviewers.map((r) => r.id))
  if (reviewers.size !== pkg.reviewers.length) out.push('评分人：评分人编号有重复')
  const unitName = (id: string) => units.get(id)?.name ?? id

  const latestSelf = new Map<string, Map<string, number | null>>()
  const latestVersion = new Map<string, number>()
  const seenVersions = new Set<string>()
  pkg.submissions.forEach((s, i) => {
    const where = `自查材料 第${i + 1}项（${unitName(s.unitId)}）`
    const unit = units.get(s.unitId)
    if (!unit) return out.push(`${where}：单位编号 ${s.unitId} 不在名册中`)
    const key = `${s.unitId}|${s.version}`
    if (seenVersions.has(key)) out.push(`${where}：第 ${s.version} 版重复`)
    seenVersions.add(key)
    const sheet = items[unit.sequence]!
    for (const item of s.items) {
      const rule = sheet.get(item.code)
      if (!rule) out.push(`${where}：指标编号 ${item.code} 不在本序列细则中`)
      else if (item.score !== null && item.score > rule.max) {
        out.push(`${where}：指标 ${item.code} 自评得分 ${f(item.score)} 超过满分 ${f(rule.max)}`)
      }
    }
    for (const c of s.veto.conditions) {
      if (!vetoes[unit.sequence]!.has(c)) out.push(`${where}：否决情形 ${c} 不在本序列细则中`)
    }
    if (s.version > (latestVersion.get(s.unitId) ?? 0)) {
      latestVersion.set(s.unitId, s.version)
      latestSelf.set(s.unitId, new Map(s.items.map((it) => [it.code, it.score])))
    }
  })

  const versions = new Set(pkg.submissions.map((s) => `${s.unitId}|${s.version}`))
  const seenScores = new Set<string>()
  pkg.scores.forEach((s, i) => {
    const where = `审核评分 第${i + 1}项（${unitName(s.unitId)} · ${s.itemCode}）`
    const unit = units.get(s.unitId)
    if (!unit) return out.push(`${where}：单位编号 ${s.unitId} 不在名册中`)
    if (!reviewers.has(s.reviewerId)) out.push(`${where}：评分人 ${s.reviewerId} 不在评分人名单中`)
    const key = `${s.unitId}|${s.reviewerId}|${s.itemCode}`
    if (seenScores.has(key)) out.push(`${where}：同一评分人对同一指标重复评分`)
    seenScores.add(key)
    const rule = items[unit.sequence]!.get(s.itemCode)
    if (!rule) return out.push(`${where}：指标编号不在本序列细则中`)
    const wrong = checkItemScore(s.score, rule)
    if (wrong) out.push(`${where}：${wrong}`)
    const self = latestSelf.get(s.unitId)?.get(s.itemCode)
    if (self !== undefined && self !== null && self !== s.score && s.reason.trim() === '') {
      out.push(`${where}：审核得分 ${f(s.score)} 与自评 ${f(self)} 不同，须写明理由`)
    }
    const mark = s.selfChanged
    if (mark) {
      const self = (v: number | null) => (v === null ? '未填' : f(v))
      if (!versions.has(`${s.unitId}|${mark.version}`)) {
        out.push(`${where}：自评更新标记所指的第 ${mark.version} 版自查材料不存在`)
      }
      if (mark.from === mark.to) {
        out.push(`${where}：自评更新标记前后的自评得分相同（${self(mark.from)}），不是更新`)
      }
    }
  })

  const ids = new Set<string>()
  pkg.adjustments.forEach((a, i) => {
    const where = `复核调整 第${i + 1}项（${unitName(a.unitId)}）`
    if (ids.has(a.id)) out.push(`${where}：调整编号 ${a.id} 重复`)
    ids.add(a.id)
    const unit = units.get(a.unitId)
    if (!unit) out.push(`${where}：单位编号 ${a.unitId} 不在名册中`)
    else if (a.itemCode !== null && !items[unit.sequence]!.has(a.itemCode)) {
      out.push(`${where}：指标编号 ${a.itemCode} 不在本序列细则中`)
    }
  })
  pkg.ledger.forEach((l, i) => {
    const where = `问题台账 第${i + 1}项（${unitName(l.unitId)}）`
    if (ids.has(l.id)) out.push(`${where}：台账编号 ${l.id} 重复`)
    ids.add(l.id)
    if (!units.has(l.unitId)) out.push(`${where}：单位编号 ${l.unitId} 不在名册中`)
  })
  const drafted = new Set<string>()
  pkg.criteriaDrafts.forEach((d, i) => {
    const seq = d.sheet.sequence
    if (drafted.has(seq)) {
      out.push(`考评细则草稿 第${i + 1}项：${SEQUENCE_LABELS[seq]}已有一份草稿，每个序列只能有一份`)
    }
    drafted.add(seq)
  })
  const judged = new Set<string>()
  pkg.targetJudgements.forEach((j, i) => {
    const where = `目标任务完成情况 第${i + 1}项（${unitName(j.unitId)}）`
    if (!units.has(j.unitId)) out.push(`${where}：单位编号 ${j.unitId} 不在名册中`)
    if (judged.has(j.unitId)) out.push(`${where}：同一单位记录了两次`)
    judged.add(j.unitId)
  })
  // The entry form and the store refuse such an adjustment; a package written elsewhere, or
  // scores raised after an adjustment was entered, can still carry one.
  for (const seq of computeResults(pkg).sequences) {
    for (const u of seq.units) {
      const wrong = totalOutOfBounds(u.name, u.itemsTotal, u.totalAdjustment)
      if (wrong) out.push(`复核调整：${wrong}`)
    }
  }
  const last = pkg.approval.events.at(-1)
  if (pkg.approval.locked !== (last?.action === 'approve')) {
    out.push('审定：锁定状态与最后一条审定记录不一致')
  }
  // Every problem: a caller shortening the list says how many there are (the CLI once said 51
  // problems over a list that ended “另有 142 处”).
  return out
}

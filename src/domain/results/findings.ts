import { formatPoints as f } from '../points'
import type { YearPackage } from '../model/year-package'
import type { Submission } from '../model/assessment'
import { validateCriteria } from '../criteria/validate-criteria'
import type { Prepared } from './compute-results'
import type { ItemFlag } from './unit-scores'
import { isDisagreement } from './disagreement'
import type { SequenceResult } from './types'

const LIST_LIMIT = 8

/**
 * What the office must look at before the committee sees the ranking. Nothing here changes a
 * figure: each finding says what the computation did with the situation.
 */
export function sequenceFindings(
  r: SequenceResult,
  p: Prepared,
  pkg: YearPackage,
  latest: Map<string, Submission>,
  /** Each unit's flagged items, in the order of r.units. */
  flags: readonly (readonly ItemFlag[])[],
): string[] {
  const out: string[] = [...validateCriteria(pkg.criteria[r.sequence])]
  const n = r.units.length
  if (n === 0) out.push(`${r.label}序列没有参加考评的单位。`)
  const conflicts = r.units.filter((u) => u.conflict)
  if (conflicts.length > 0) {
    out.push(
      `${r.label}序列仅 ${n} 个单位，${list(conflicts.map((u) => u.name))}既在前三分之一又在后三位：先进单位与约谈名单不能同时成立，程序未作取舍，须由县委、县政府审定时决定。`,
    )
  }
  const missing = r.units.filter((u) => !latest.has(u.unitId)).map((u) => u.name)
  if (missing.length > 0) out.push(`${list(missing)}未提交自查材料。`)

  // Only the first few names of each list are ever shown (see `list`): with random or careless
  // scores a list can reach every item of every unit, so count the rest without formatting it.
  const unscored = new Listing()
  const notAgreed = new Listing()
  const spread = new Listing()
  const clamped = new Listing()
  let tooFew = 0
  const threshold = pkg.settings.disagreementThreshold
  for (let index = 0; index < n; index++) {
    const u = r.units[index]!
    let blank = 0
    // Only flagged items can add to a list (scoreUnit flags with the same threshold).
    const unitFlags = flags[index] ?? []
    for (let k = 0; k < unitFlags.length; k++) {
      const item = unitFlags[k]!
      if (item.note === null && !item.clamped && !isDisagreement(item.spread, threshold)) continue
      if (item.note === 'unscored') blank++
      else if (item.note === 'notAgreed')
        notAgreed.add(notAgreed.showing ? `${u.name} ${item.code}` : null)
      else if (item.note === 'tooFewForTrim') tooFew++
      if (isDisagreement(item.spread, threshold)) {
        spread.add(spread.showing ? `${u.name} ${item.code}（相差 ${f(item.spread)} 分）` : null)
      }
      if (item.clamped) clamped.add(clamped.showing ? `${u.name} ${item.code}` : null)
    }
    if (blank > 0) unscored.add(unscored.showing ? `${u.name} ${blank} 项` : null)
    if (u.itemsTotal + u.totalAdjustment > 10000) {
      out.push(
        `${u.name}复核加分后总分超过 100 分（${f(u.itemsTotal + u.totalAdjustment)} 分），请核实。`,
      )
    }
  }
  if (unscored.count > 0) out.push(`尚未评分的指标按 0 分计：${unscored.text()}。`)
  if (notAgreed.count > 0) {
    out.push(`评分人意见不一致（年度设置为考评组一致意见），暂按平均分计：${notAgreed.text()}。`)
  }
  if (tooFew > 0) {
    out.push(
      `年度设置为去掉一个最高分和一个最低分，但有 ${tooFew} 项评分人不足 5 人，按平均分计算。`,
    )
  }
  if (spread.count > 0)
    out.push(`评分分歧较大（相差 ${f(threshold)} 分及以上）：${spread.text()}。`)
  if (clamped.count > 0) out.push(`复核调整后超出 0 至满分范围，已按边界计：${clamped.text()}。`)
  if (p.strayScores > 0)
    out.push(`有 ${p.strayScores} 条审核评分的指标编号不在本序列细则中，未计入。`)
  return out
}

/**
 * A list of places shown as its first LIST_LIMIT names and a count of the rest. Callers write
 * a name only while `showing` (no closure per place: the loop visits every flagged item).
 */
class Listing {
  count = 0
  private readonly shown: string[] = []
  get showing(): boolean {
    return this.count < LIST_LIMIT
  }
  add(name: string | null): void {
    if (name !== null && this.showing) this.shown.push(name)
    this.count++
  }
  text(): string {
    return this.count <= LIST_LIMIT
      ? this.shown.join('、')
      : `${this.shown.join('、')}等 ${this.count} 处`
  }
}

function list(items: readonly string[]): string {
  return items.length <= LIST_LIMIT
    ? items.join('、')
    : `${items.slice(0, LIST_LIMIT).join('、')}等 ${items.length} 处`
}

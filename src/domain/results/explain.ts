import { formatPoints as f } from '../points'
import type { YearPackage } from '../model/year-package'
import type { Rounding } from '../model/settings'
import { consequencesOf, type UnitConsequences } from './consequences'
import { checkAccountability } from './accountability'
import { suggestTargetCompletion } from './target-completion'
import type { RankInput, RankedEntry } from './rank'
import type { Outcome } from './outcomes'
import type { SequenceResult, UnitResult } from './types'

const ROUNDING_WORDS: Record<Rounding, string> = {
  floor: '向下取整',
  round: '四舍五入',
  ceil: '向上取整',
}

/**
 * Sentences a committee member can read aloud, one per fact: how the total is made, the rank
 * and any tie, the veto, 先进单位, 约谈, the ledger and 问责 — each with its margin to the line.
 * Returns the writer of the explanation of the unit at rank position i: computeResults calls it
 * on first read only, since a county reads a few of them and 5,000 would cost more than the
 * ranking.
 */
export function explainer(
  result: SequenceResult,
  ranked: readonly RankedEntry<RankInput & { categories: readonly number[] }>[],
  outcomes: readonly Outcome[],
  pkg: YearPackage,
): (i: number) => string[] {
  const units = result.units
  const n = units.length
  const s = pkg.settings
  const k = result.advancedCount
  const quota = `本序列 ${n} 个单位，先进名额 ${n}÷3 ${ROUNDING_WORDS[s.advancedRounding]}为 ${k} 个`
  const categoryTitles = pkg.criteria[result.sequence].categories.map((c) => c.title)
  let near: ReturnType<typeof neighbours> | undefined
  let noInterview: string | undefined

  return (i) => {
    near ??= neighbours(units)
    const u = units[i]!
    const o = outcomes[i]!
    const lines: string[] = [scoreLine(u)]
    lines.push(rankLine(result, u, near.byRank))
    const tieBreaks = tieBreakLines(units, ranked, i, categoryTitles)
    if (u.tied) {
      lines.push(
        s.tieBreakByCategories
          ? '各一级指标得分也全部相同，仍为并列。'
          : '按年度设置，总分相同即为并列，不再按一级指标得分区分。',
      )
    }
    lines.push(...tieBreaks)
    if (u.vetoed) {
      lines.push(`触发一票否决：${u.vetoReasons.join('；')}（第九条(三)），不得评为先进单位。`)
      if (s.vetoedLast) lines.push('按年度设置，一票否决的单位排在其他单位之后。')
    }
    lines.push(advancedLine(result, u, o, near.below[i], quota, s.advancedPassOn))
    const c = consequencesOf(u)
    noInterview ??= noInterviewWhy(result, outcomes)
    const mates = (near.byRank.get(u.rank) ?? []).filter((name) => name !== u.name)
    const interview = interviewLine(
      result,
      u,
      o,
      near.above[i],
      s.vetoedLast,
      c,
      noInterview,
      mates,
    )
    if (interview) lines.push(interview)
    const ledger = ledgerLine(u, pkg, c)
    if (ledger) lines.push(ledger)
    const judgement = judgementLine(u, pkg, s.targetLine)
    if (judgement) lines.push(judgement)
    if (u.accountability) {
      const years = checkAccountability(
        pkg.year,
        { id: u.unitId, name: u.name },
        false,
        pkg.pastOutcomes,
      )
      lines.push(
        `连续 3 年（${years.missedYears.join('、')} 年）未完成年度目标任务，按第二十条启动问责程序。`,
      )
    }
    return lines
  }
}

function scoreLine(u: UnitResult): string {
  const parts = [`总分 ${f(u.total)} 分：各项得分合计 ${f(u.itemsTotal)} 分`]
  if (u.totalAdjustment !== 0) parts.push(`复核调整总分 ${signed(u.totalAdjustment)} 分`)
  if (u.ledgerDeduction > 0) parts.push(`问题台账扣减 ${f(u.ledgerDeduction)} 分`)
  if (u.itemsTotal + u.totalAdjustment - u.ledgerDeduction < 0) parts.push('不足 0 分按 0 分计')
  const self = u.selfTotal === null ? '未提交自查材料' : `自评 ${f(u.selfTotal)} 分`
  return `${parts.join('，')}；${self}。`
}

/**
 * For each position: the best unit below it outside the 先进单位 (its lead), the lowest unit
 * above it outside the interview list (its gap), and the names sharing each rank. Computed
 * once so that explaining 5,000 units stays linear.
 */
function neighbours(units: readonly UnitResult[]) {
  const below: (UnitResult | undefined)[] = new Array(units.length)
  const above: (UnitResult | undefined)[] = new Array(units.length)
  const byRank = new Map<number, string[]>()
  let next: UnitResult | undefined
  for (let i = units.length - 1; i >= 0; i--) {
    below[i] = next
    const u = units[i]!
    if (!u.advanced && !u.vetoed) next = u
  }
  let prev: UnitResult | undefined
  units.forEach((u, i) => {
    above[i] = prev
    if (!u.interview && !u.conflict) prev = u
    const list = byRank.get(u.rank)
    if (list) list.push(u.name)
    else byRank.set(u.rank, [u.name])
  })
  return { below, above, byRank }
}

function rankLine(r: SequenceResult, u: UnitResult, byRank: Map<number, string[]>): string {
  const base = `在${r.label}序列 ${r.units.length} 个单位中排第 ${u.rank} 名`
  if (!u.tied) return `${base}。`
  const mates = (byRank.get(u.rank) ?? []).filter((name) => name !== u.name)
  return `${base}，与${names(mates)}并列（总分均为 ${f(u.total)} 分）。`
}

/** Neighbours with the same total but another rank: say which category separated them. */
function tieBreakLines(
  units: readonly UnitResult[],
  ranked: readonly RankedEntry<RankInput>[],
  i: number,
  titles: readonly string[],
): string[] {
  const me = ranked[i]!.entry
  const out: string[] = []
  for (const j of [i - 1, i + 1]) {
    const other = ranked[j]?.entry
    const ou = units[j]
    if (!other || !ou || other.total !== me.total || ou.rank === units[i]!.rank) continue
    if (other.vetoed !== me.vetoed) continue
    const c = me.categories.findIndex((v, x) => v !== other.categories[x])
    if (c < 0) continue
    const side = j < i ? '后' : '前'
    out.push(
      `与${ou.name}总分相同（${f(me.total)} 分），按一级指标“${titles[c] ?? c + 1}”得分（${f(me.categories[c]!)} 分对 ${f(other.categories[c] ?? 0)} 分）排在其${side}。`,
    )
  }
  return out
}

function advancedLine(
  r: SequenceResult,
  u: UnitResult,
  o: Outcome,
  next: UnitResult | undefined,
  quota: string,
  passOn: boolean,
): string {
  if (o.conflict) {
    return `${quota}；本单位既在前三分之一又在后三位，先进单位与约谈名单不能同时成立，须由县委、县政府审定时决定。`
  }
  if (o.vetoBlocked) {
    return `按得分位于前三分之一，但因一票否决不得评为先进单位；${passOn ? '其名额按年度设置顺延给下一名' : '按年度设置，其名额不顺延'}。`
  }
  if (o.advanced) {
    const tie = o.advancedByTie
      ? '；与先进线上的单位并列，按“临界并列同等对待”一并评为先进单位'
      : ''
    const lead = next
      ? `，比先进线外最高的${next.name}（${f(next.total)} 分）高 ${f(u.total - next.total)} 分`
      : ''
    return `${quota}，本单位位列前三分之一，评为先进单位（第十七条）${tie}${lead}。`
  }
  if (k0(r)) return `${quota}，本序列不评先进单位。`
  if (u.vetoed) return '未评为先进单位。'
  if (o.excludedByTie) {
    return `${quota}；本单位与先进线上的单位并列、超出名额，按“临界并列均不计入”的年度设置未评为先进单位。`
  }
  if (r.advancedLine === null) return `${quota}，本单位不在前三分之一，未评为先进单位。`
  const gap = r.advancedLine - u.total
  if (gap === 0)
    return `未评为先进单位：总分与先进线（${f(r.advancedLine)} 分）相同，按一级指标得分排在其后。`
  return `未评为先进单位，距先进线 ${f(gap)} 分（先进线 ${f(r.advancedLine)} 分）。`
}

const k0 = (r: SequenceResult) => r.advancedCount === 0

function interviewLine(
  r: SequenceResult,
  u: UnitResult,
  o: Outcome,
  above: UnitResult | undefined,
  vetoedLast: boolean,
  c: UnitConsequences,
  noInterview: string,
  mates: readonly string[],
): string | null {
  if (o.conflict) return null
  if (o.interview) {
    const rule = '列入约谈名单，由县委、县政府有关领导约谈其主要负责同志及有关负责同志（第十八条）'
    if (u.vetoed && vetoedLast) return `因一票否决排在最后，位于后三位，${rule}。`
    const tie = o.interviewByTie
      ? '；与约谈线上的单位并列，按“临界并列同等对待”一并列入约谈名单'
      : ''
    const gap =
      above && above.total > u.total
        ? `，比约谈名单外最低的${above.name}（${f(above.total)} 分）低 ${f(above.total - u.total)} 分`
        : ''
    return `位于本序列后三位，${rule}${tie}${gap}。`
  }
  // A unit whose ledger summons it is on the list all the same: never say 不在约谈名单 then.
  const ledger = c.interviewed ? '，但因问题台账列入约谈名单（见下）' : ''
  const out = c.interviewed ? '不在本序列后三位' : '不在约谈名单'
  if (o.interviewExcludedByTie) {
    return `本单位与${names(mates)}并列（总分均为 ${f(u.total)} 分），并列的单位跨越后三位的界线，按“临界并列均不计入”的年度设置均不因排名列入约谈名单${ledger}。`
  }
  if (r.interviewLine === null) {
    if (r.units.length === 0) return null
    return c.interviewed ? `${noInterview}本单位因问题台账列入约谈名单（见下）。` : noInterview
  }
  const margin = u.total - r.interviewLine
  if (margin < 0 || (u.vetoed && vetoedLast)) return `${out}${ledger}。`
  if (margin === 0) {
    return `${out}：总分与约谈线（${f(r.interviewLine)} 分）相同，按一级指标得分排在其前${ledger}。`
  }
  return `${out}，高于约谈线 ${f(margin)} 分（约谈线 ${f(r.interviewLine)} 分）${ledger}。`
}

/**
 * Why a sequence has no unit on the list by its place, said once for every unit of it: ties
 * left out under 临界并列均不计入, a small sequence whose last three are also its top third, or a
 * list made only of units placed last for a veto (no score line to measure against).
 */
function noInterviewWhy(r: SequenceResult, outcomes: readonly Outcome[]): string {
  const tiedOut = outcomes.filter((o) => o.interviewExcludedByTie).length
  if (tiedOut > 0) {
    return `本序列末位 ${tiedOut} 个单位总分相同，超过后三位名额，按“临界并列均不计入”的年度设置均不列入，本序列无因排名约谈的单位。`
  }
  if (outcomes.some((o) => o.conflict)) {
    return `本序列仅 ${r.units.length} 个单位，后三位同时位于前三分之一，先进单位与约谈名单不能同时成立，须由县委、县政府审定时决定，暂无因排名约谈的单位。`
  }
  if (r.units.some((u) => u.interview)) {
    return '本序列后三位只有因一票否决排在最后的单位，不按得分划约谈线。'
  }
  return '本序列无因排名约谈的单位。'
}

/** Every tier the ledger reached, in the rule's order (seed 004 第二十二条), not only the highest. */
function ledgerLine(u: UnitResult, pkg: YearPackage, c: UnitConsequences): string | null {
  if (u.ledgerPoints === 0) return null
  const count = pkg.ledger.filter((l) => l.unitId === u.unitId && !l.removed).length
  const deducted = pkg.settings.ledgerDeducted ? '已从总分中扣减' : '本年度不从总分中扣减'
  const tiers = c.ledgerTiers.map((t) => `达到 ${f(t.threshold)} 分，${t.label}`)
  const action = tiers.length
    ? `；按第二十二条：${tiers.join('；')}${c.grounds.some((g) => g.kind === 'ledger') ? '（列入约谈名单）' : ''}`
    : '；未达到 10.00 分，不发警示函'
  return `问题台账 ${count} 个问题累计扣减 ${f(u.ledgerPoints)} 分，${deducted}${action}。`
}

/** 第二十条: the office's recorded judgement, or the app's suggestion while none is recorded. */
function judgementLine(u: UnitResult, pkg: YearPackage, targetLine: number): string | null {
  const recorded = pkg.targetJudgements.find((j) => j.unitId === u.unitId)
  if (recorded) {
    return `考评办记录本年度${recorded.completed ? '完成' : '未完成'}年度目标任务（${recorded.reason}）。`
  }
  const hint = suggestTargetCompletion(u, targetLine)
  if (hint.completed) return null
  return `${hint.why}，建议记为未完成年度目标任务（第二十条）；是否完成由考评办在“复核”中记录，未记录前不据此问责。`
}

function signed(p: number): string {
  return p > 0 ? `+${f(p)}` : f(p)
}

function names(list: readonly string[]): string {
  return list.length <= 5
    ? list.join('、')
    : `${list.slice(0, 5).join('、')}等 ${list.length} 个单位`
}

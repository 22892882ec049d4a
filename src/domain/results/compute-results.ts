import type { Points } from '../points'
import type { YearPackage } from '../model/year-package'
import type { ScorePack } from '../model/score-pack'
import type { Adjustment, LedgerEntry, Submission } from '../model/assessment'
import { SEQUENCES, SEQUENCE_LABELS, type Unit } from '../model/unit'
import { rankSequence, type RankInput } from './rank'
import { decideOutcomes } from './outcomes'
import { ledgerActionsFor, ledgerPointsOf } from './ledger-actions'
import { PastRecords, isAccountable } from './accountability'
import { judgementsByUnit } from './target-completion'
import type { TargetJudgement } from '../model/record'
import { scoreUnit, type UnitScores } from './unit-scores'
import { explainer } from './explain'
import { sequenceFindings } from './findings'
import type { SequenceResult, YearResults } from './types'
import { UnitResultRecord, type UnitFigures } from './unit-result'
import { prepare, tallyPacks, tallyScores, type Prepared } from './tally'

/** Most units have no adjustment and no ledger entry: one shared empty list serves them all. */
const NONE: readonly never[] = Object.freeze([])

const scoreOf = (c: { score: Points }) => c.score

export interface ScoredUnit extends RankInput {
  unit: Unit
  scores: UnitScores
  submission: Submission | undefined
  vetoReasons: readonly string[]
  ledgerPoints: number
  ledgerDeduction: number
}

/**
 * Every derived figure of a year, recomputed from the recorded scores: totals, ranks,
 * outcomes and the words that explain them. Pure and deterministic; never throws on data that
 * passed the schema — what looks wrong is reported in `findings`.
 *
 * `packs`, when given, are the reviewer scores to use instead of `pkg.scores`, in the form the
 * app's store keeps them (see ScorePack): a caller that holds packs ranks from them without
 * making a record per score first. They must be the year's whole set; `pkg.scores` is not read.
 */
export function computeResults(pkg: YearPackage, packs?: readonly ScorePack[]): YearResults {
  const lookups: Lookups = {
    latest: latestSubmissions(pkg.submissions),
    adjustments: groupBy(pkg.adjustments, (a: Adjustment) => a.unitId),
    ledger: groupBy(pkg.ledger, (l: LedgerEntry) => l.unitId),
    past: new PastRecords(pkg.pastOutcomes),
    judged: judgementsByUnit(pkg.targetJudgements),
  }
  const prepared = SEQUENCES.map((sequence) => prepare(pkg, sequence))
  if (packs) tallyPacks(packs, prepared)
  else tallyScores(pkg.scores, prepared)
  return {
    year: pkg.year,
    sequences: prepared.map((p) => finish(pkg, p, lookups)),
  }
}

/** The year's records by unit, made once for both sequences. */
interface Lookups {
  latest: Map<string, Submission>
  adjustments: Map<string, Adjustment[]>
  ledger: Map<string, LedgerEntry[]>
  past: PastRecords
  /** This year's recorded 完成/未完成 (第二十条) by unit id. */
  judged: ReadonlyMap<string, TargetJudgement>
}

function finish(
  pkg: YearPackage,
  p: Prepared,
  { latest, adjustments, ledger, past, judged }: Lookups,
): SequenceResult {
  const sheet = pkg.criteria[p.sequence]
  const settings = pkg.settings
  const vetoText = new Map(sheet.vetoes.map((v) => [v.code, v.text]))
  const scored: ScoredUnit[] = p.units.map((unit, i) => {
    const scores = scoreUnit(
      p.layout,
      p.tally,
      i,
      settings.aggregation,
      adjustments.get(unit.id) ?? NONE,
      settings.disagreementThreshold,
    )
    const submission = latest.get(unit.id)
    const conditions = submission?.veto.conditions ?? NONE
    const vetoReasons =
      conditions.length === 0 ? NONE : conditions.map((c) => vetoText.get(c) ?? `否决情形 ${c}`)
    const ledgerPoints = ledgerPointsOf(ledger.get(unit.id) ?? NONE)
    const ledgerDeduction = settings.ledgerDeducted ? ledgerPoints : 0
    const total = Math.max(0, scores.itemsTotal + scores.totalAdjustment - ledgerDeduction)
    return {
      id: unit.id,
      name: unit.name,
      total,
      categories: scores.categories.map(scoreOf),
      vetoed: vetoReasons.length > 0,
      unit,
      scores,
      submission,
      vetoReasons,
      ledgerPoints,
      ledgerDeduction,
    }
  })
  const ranked = rankSequence(scored, settings)
  const { advancedCount, outcomes } = decideOutcomes(ranked, settings)
  // Set once the sequence's result exists (the explanations compare units with each other).
  let explain: (i: number) => string[] = () => []
  const explainAt = (i: number) => explain(i)
  const units = ranked.map((r, i) => {
    const s = r.entry
    const o = outcomes[i]!
    // 第二十条 reads the office's recorded judgement, never the score: without a record this
    // year counts as completed, so nobody is flagged on the app's guess.
    const completed = judged.get(s.id)?.completed ?? true
    const figures: UnitFigures = {
      unitId: s.id,
      name: s.name,
      kind: s.unit.kind,
      sequence: p.sequence,
      total: s.total,
      itemsTotal: s.scores.itemsTotal,
      totalAdjustment: s.scores.totalAdjustment,
      ledgerPoints: s.ledgerPoints,
      ledgerDeduction: s.ledgerDeduction,
      selfTotal: s.submission ? selfTotal(s.submission) : null,
      categories: s.scores.categories,
      rank: r.rank,
      tied: r.tied,
      advanced: o.advanced,
      interview: o.interview,
      conflict: o.conflict,
      vetoed: s.vetoed,
      vetoReasons: s.vetoReasons,
      ledgerActions: ledgerActionsFor(s.ledgerPoints),
      accountability: isAccountable(pkg.year, s.unit, completed, past),
    }
    // Items and explanation are built on first read: the ranking needs neither.
    return new UnitResultRecord(figures, s.scores, explainAt, i)
  })
  const advancedTotals = units.filter((u) => u.advanced).map((u) => u.total)
  // Units listed last for a veto are on the list by that rule, not by score: no line from them.
  const interviewTotals = units
    .filter((u) => u.interview && !(u.vetoed && settings.vetoedLast))
    .map((u) => u.total)
  const result: SequenceResult = {
    sequence: p.sequence,
    label: SEQUENCE_LABELS[p.sequence],
    units,
    advancedCount,
    advancedLine: advancedTotals.length ? Math.min(...advancedTotals) : null,
    interviewLine: interviewTotals.length ? Math.max(...interviewTotals) : null,
    findings: [],
  }
  explain = explainer(result, ranked, outcomes, pkg)
  result.findings = sequenceFindings(
    result,
    p,
    pkg,
    latest,
    ranked.map((r) => r.entry.scores.flags),
  )
  return result
}

function selfTotal(s: Submission): number {
  let sum = 0
  for (const item of s.items) sum += item.score ?? 0
  return sum
}

function latestSubmissions(all: readonly Submission[]): Map<string, Submission> {
  const out = new Map<string, Submission>()
  for (const s of all) {
    const prev = out.get(s.unitId)
    if (!prev || s.version > prev.version) out.set(s.unitId, s)
  }
  return out
}

function groupBy<T>(list: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const t of list) {
    const k = key(t)
    const arr = out.get(k)
    if (arr) arr.push(t)
    else out.set(k, [t])
  }
  return out
}

export type { Prepared } from './tally'

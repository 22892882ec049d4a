import type { Points } from '../points'
import type { YearPackage } from '../model/year-package'
import type { ScorePack } from '../model/score-pack'
import type { Adjustment, LedgerEntry, Submission } from '../model/assessment'
import { SEQUENCES, SEQUENCE_LABELS, type Sequence, type Unit } from '../model/unit'
import { rankSequence, type RankInput } from './rank'
import { decideOutcomes } from './outcomes'
import { ledgerActionsFor, ledgerPointsOf } from './ledger-actions'
import { PastRecords, isAccountable } from './accountability'
import { judgementsByUnit } from './target-completion'
import type { TargetJudgement } from '../model/record'
import { ItemLayout, ScoreTally, scoreUnit, type UnitScores } from './unit-scores'
import { explainer } from './explain'
import { sequenceFindings } from './findings'
import type { SequenceResult, YearResults } from './types'
import { UnitResultRecord, type UnitFigures } from './unit-result'

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

interface Prepared {
  sequence: Sequence
  units: Unit[]
  layout: ItemLayout
  itemIndex: Map<string, number>
  /**
   * Item codes in sheet order, for the tally loops to try the expected slot before the lookup;
   * a code that is not the lookup's answer (a duplicate, reported in findings) is left out.
   */
  codes: (string | undefined)[]
  tally: ScoreTally
  strayScores: number
}

function prepare(pkg: YearPackage, sequence: Sequence): Prepared {
  const units = pkg.units.filter((u) => !u.retired && u.sequence === sequence)
  const layout = new ItemLayout(pkg.criteria[sequence])
  const items = layout.items
  const itemIndex = new Map(items.map((it, i) => [it.code, i]))
  return {
    sequence,
    units,
    layout,
    itemIndex,
    codes: items.map((it, i) => (itemIndex.get(it.code) === i ? it.code : undefined)),
    tally: new ScoreTally(units.length, items.length),
    strayScores: 0,
  }
}

/**
 * One pass over all scores, the hot loop of the benchmark (2.1 million records). What keeps it
 * fast, each measured:
 * - a unit's reviewers' scores of one item usually follow each other, so they are summed in
 *   locals and written to the tally once per run of the same unit and item (runs that come
 *   apart are merged, so order never matters);
 * - a unit's items usually come in sheet order, so the next item's slot is tried before the
 *   code lookup;
 * - the lowest and highest score are kept with integer arithmetic, not comparisons: with
 *   scores in no order a branch (or a conditional expression, which V8 also compiles to one)
 *   is mispredicted, and that alone cost half again the loop's time. Scores are integer
 *   hundredths within an item's maximum (checkYearPackage), far inside 32 bits, as the tally
 *   already requires.
 */
function tallyScores(scores: YearPackage['scores'], prepared: Prepared[]): void {
  const n = prepared.length
  const owner = ownerMap(prepared)
  let lastUnit: string | undefined
  let lastItem: string | undefined
  let p: Prepared | undefined
  let codes: Prepared['codes'] = []
  let data: Int32Array = new Int32Array(0)
  let base = 0
  let next = 0
  // The open run: its slot in `data` and what it has gathered so far (count 0: no run).
  let at = 0
  let count = 0
  let sum = 0
  let min = 0
  let max = 0
  for (let k = 0; k < scores.length; k++) {
    const s = scores[k]!
    const score = s.score | 0
    if (s.itemCode === lastItem && s.unitId === lastUnit) {
      count++
      sum += score
      min = lower(score, min)
      max = higher(score, max)
      continue
    }
    if (count > 0) flushRun(data, at, count, sum, min, max)
    count = 0
    lastItem = s.itemCode
    if (s.unitId !== lastUnit) {
      lastUnit = s.unitId
      const o = owner.get(s.unitId)
      p = o === undefined ? undefined : prepared[o % n]
      if (p !== undefined) {
        data = p.tally.data
        codes = p.codes
        base = Math.floor(o! / n) * p.tally.items
        next = 0
      }
    }
    let item = next
    if (p === undefined || codes[item] !== s.itemCode) {
      item = p?.itemIndex.get(s.itemCode) ?? -1
      if (item < 0) {
        if (p !== undefined) p.strayScores++
        // No run: the next score of this unit and item is looked at (and counted) again.
        lastItem = undefined
        continue
      }
    }
    next = item + 1
    at = (base + item) * 4
    count = 1
    sum = score
    min = score
    max = score
  }
  if (count > 0) flushRun(data, at, count, sum, min, max)
}

/** Unit id → its sequence and its place there, as one number: no object per unit. */
function ownerMap(prepared: Prepared[]): Map<string, number> {
  const n = prepared.length
  const owner = new Map<string, number>()
  prepared.forEach((p, which) => p.units.forEach((u, index) => owner.set(u.id, index * n + which)))
  return owner
}

/**
 * The same tally from packs: one lookup per unit, one per item code of a pack (usually none:
 * codes come in sheet order, and the slot is tried first), then a loop over integers. As in
 * tallyScores, a run of scores of one item is summed in locals and written once: adding each
 * score to the tally in memory instead made every score wait for the store of the one before
 * (the same item's slots), which measured twice the time of the whole loop.
 */
function tallyPacks(packs: readonly ScorePack[], prepared: Prepared[]): void {
  const n = prepared.length
  const owner = ownerMap(prepared)
  let slots = new Int32Array(64)
  for (let q = 0; q < packs.length; q++) {
    const pack = packs[q]!
    const o = owner.get(pack.unitId)
    // Scores of a unit that is not ranked (retired or unknown) are left out, as tallyScores does.
    if (o === undefined) continue
    const p = prepared[o % n]!
    const codes = pack.itemCodes
    if (slots.length < codes.length) slots = new Int32Array(codes.length)
    for (let j = 0; j < codes.length; j++) {
      const code = codes[j]!
      slots[j] = p.codes[j] === code ? j : (p.itemIndex.get(code) ?? -1)
    }
    const data = p.tally.data
    const base = Math.floor(o / n) * p.tally.items
    const cells = pack.cells
    let last = -1
    let at = 0
    let count = 0
    let sum = 0
    let min = 0
    let max = 0
    for (let k = 0; k < cells.length; k += 3) {
      const local = cells[k + 1]!
      const score = cells[k + 2]! | 0
      if (local === last && count > 0) {
        count++
        sum += score
        min = lower(score, min)
        max = higher(score, max)
        continue
      }
      if (count > 0) flushRun(data, at, count, sum, min, max)
      count = 0
      last = local
      const item = slots[local]!
      if (item < 0) {
        p.strayScores++
        continue
      }
      at = (base + item) << 2
      count = 1
      sum = score
      min = score
      max = score
    }
    if (count > 0) flushRun(data, at, count, sum, min, max)
  }
}

/** The lower of two scores by the sign of their difference: no branch (see tallyScores). */
function lower(a: number, b: number): number {
  const d = (a - b) | 0
  return (b + (d & (d >> 31))) | 0
}

/** The higher of two scores, as `lower`. */
function higher(a: number, b: number): number {
  const d = (a - b) | 0
  return (a - (d & (d >> 31))) | 0
}

/** Merges a run into the tally's count, sum, min, max of its unit and item (see ScoreTally). */
function flushRun(
  data: Int32Array,
  at: number,
  count: number,
  sum: number,
  min: number,
  max: number,
): void {
  if (data[at] === 0) {
    data[at + 2] = min
    data[at + 3] = max
  } else {
    if (min < data[at + 2]!) data[at + 2] = min
    if (max > data[at + 3]!) data[at + 3] = max
  }
  data[at]! += count
  data[at + 1]! += sum
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

export type { Prepared }

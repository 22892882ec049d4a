import type { YearPackage } from '../model/year-package'
import type { ScorePack } from '../model/score-pack'
import type { Sequence, Unit } from '../model/unit'
import { ItemLayout, ScoreTally } from './unit-scores'

/**
 * The tally of a year's reviewer scores by unit and item (count, sum, lowest, highest), the hot
 * loops of computeResults, tuned by measurement (bench/rank.bench.ts). Kept apart so that
 * compute-results.ts reads as the ranking rules alone; the rules read the tally through
 * scoreUnit (unit-scores.ts) and never these loops.
 */

/** A sequence's units and items, laid out for the tally. */
export interface Prepared {
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

export function prepare(pkg: YearPackage, sequence: Sequence): Prepared {
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
export function tallyScores(scores: YearPackage['scores'], prepared: Prepared[]): void {
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
export function tallyPacks(packs: readonly ScorePack[], prepared: Prepared[]): void {
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

import type { Points } from '../points'
import type { Sequence, UnitKind } from '../model/unit'
import type { LedgerAction } from './ledger-actions'
import type { CategoryResult, ItemResult, UnitResult } from './types'

/** Everything of a unit's result but the two parts built on first read. */
export type UnitFigures = Omit<UnitResult, 'items' | 'explanation'>

/**
 * One unit's result. The figures are plain fields; `items` and `explanation` are built on first
 * read and then kept, because the ranking of a large county needs neither and 5,000 units × 60
 * item results (or 5,000 explanations) cost more than the whole ranking.
 *
 * A class, not an object with own getters: defining two accessors and a hidden slot on each of
 * 5,000 objects cost more than the rest of building them (and ~400 bytes each). So the getters
 * live on the prototype: JSON sees them (toJSON); structured cloning and spreading copy own
 * fields only — pass `toJSON()` to a worker, not the result itself.
 */
export class UnitResultRecord implements UnitResult {
  unitId: string
  name: string
  kind: UnitKind
  sequence: Sequence
  total: Points
  itemsTotal: Points
  totalAdjustment: Points
  ledgerPoints: Points
  ledgerDeduction: Points
  selfTotal: Points | null
  categories: CategoryResult[]
  rank: number
  tied: boolean
  advanced: boolean
  interview: boolean
  conflict: boolean
  vetoed: boolean
  vetoReasons: readonly string[]
  ledgerActions: readonly LedgerAction[]
  accountability: boolean
  #items: ItemResult[] | undefined
  #explanation: string[] | undefined
  readonly #scores: { items(): ItemResult[] }
  readonly #explain: (index: number) => string[]
  readonly #index: number

  /**
   * `scores.items()` builds the item results; `explain(index)` writes the explanation of the
   * unit at that place of its sequence.
   */
  constructor(
    f: UnitFigures,
    scores: { items(): ItemResult[] },
    explain: (index: number) => string[],
    index: number,
  ) {
    this.unitId = f.unitId
    this.name = f.name
    this.kind = f.kind
    this.sequence = f.sequence
    this.total = f.total
    this.itemsTotal = f.itemsTotal
    this.totalAdjustment = f.totalAdjustment
    this.ledgerPoints = f.ledgerPoints
    this.ledgerDeduction = f.ledgerDeduction
    this.selfTotal = f.selfTotal
    this.categories = f.categories
    this.rank = f.rank
    this.tied = f.tied
    this.advanced = f.advanced
    this.interview = f.interview
    this.conflict = f.conflict
    this.vetoed = f.vetoed
    this.vetoReasons = f.vetoReasons
    this.ledgerActions = f.ledgerActions
    this.accountability = f.accountability
    this.#scores = scores
    this.#explain = explain
    this.#index = index
  }

  get items(): ItemResult[] {
    return (this.#items ??= this.#scores.items())
  }

  get explanation(): string[] {
    return (this.#explanation ??= this.#explain(this.#index))
  }

  /** A plain object with every part, items and explanation included (JSON, workers). */
  toJSON(): UnitResult {
    return { ...this, items: this.items, explanation: this.explanation }
  }
}

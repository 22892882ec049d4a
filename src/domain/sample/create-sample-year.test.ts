import { describe, expect, it } from 'vitest'
import { createSampleYear } from './create-sample-year'
import { YearPackageSchema } from '../model/year-package'
import { checkYearPackage } from '../package/check-year-package'
import { computeResults } from '../results/compute-results'
import { parseYearPackage, serializeYearPackage } from '../package/year-package-io'
import { verifyHistory } from '../package/history-chain'

describe('createSampleYear', () => {
  const pkg = createSampleYear()
  const results = computeResults(pkg)
  const [township, department] = results.sequences

  it('is deterministic', () => {
    expect(serializeYearPackage(createSampleYear())).toBe(serializeYearPackage(pkg))
  })
  it('is a valid, consistent package that survives the file round trip', () => {
    expect(YearPackageSchema.parse(pkg)).toEqual(pkg)
    expect(checkYearPackage(pkg)).toEqual([])
    expect(verifyHistory(pkg.history).intact).toBe(true)
    expect(parseYearPackage(serializeYearPackage(pkg))).toEqual({ ok: true, value: pkg })
  })
  it('has the county the issue asks for', () => {
    expect(township!.units).toHaveLength(14)
    expect(department!.units).toHaveLength(30)
    expect(pkg.reviewers).toHaveLength(3)
    expect(pkg.scores.length).toBe(3 * (14 * 20 + 30 * 13))
    const differing = pkg.scores.filter((s) => s.reason !== '').length
    expect(differing).toBeGreaterThan(100)
  })
  it('has one veto, inside the top third, that costs the place', () => {
    const vetoed = results.sequences.flatMap((s) => s.units.filter((u) => u.vetoed))
    expect(vetoed.map((u) => [u.name, u.rank, u.advanced])).toEqual([['龙潭镇', 2, false]])
  })
  it('has a tie straddling the 先进 line, both admitted', () => {
    const tied = township!.units.filter((u) => u.tied)
    expect(tied.map((u) => [u.name, u.rank, u.advanced])).toEqual([
      ['白水镇', 4, true],
      ['桃源镇', 4, true],
    ])
    expect(township!.advancedCount).toBe(4)
    expect(tied[0]!.explanation.join()).toContain('临界并列同等对待')
  })
  it('has ledger entries, one of 10 points bringing a warning letter, and one 第二十条 flag', () => {
    expect(pkg.ledger).toHaveLength(3)
    const hekou = township!.units.find((u) => u.name === '河口镇')!
    expect(hekou.ledgerActions).toEqual(['warningLetter'])
    expect(hekou.ledgerDeduction).toBe(1000)
    expect(
      results.sequences.flatMap((s) => s.units.filter((u) => u.accountability).map((u) => u.name)),
    ).toEqual(['县供销合作社'])
  })

  it('carries no date after the day it is made, and the same results', () => {
    const asOf = new Date('2026-12-07T08:00:00.000Z')
    const early = createSampleYear(asOf)
    const dates = [
      early.exportedAt,
      ...early.submissions.map((x) => x.importedAt),
      ...early.adjustments.map((a) => a.at),
      ...early.ledger.map((l) => l.at),
      ...early.history.map((h) => h.at),
    ]
    expect(dates.filter((d) => Date.parse(d) > asOf.getTime())).toEqual([])
    // The order of events is kept: ledger, then submissions, then adjustments.
    expect(early.adjustments[0]!.at > early.submissions[0]!.importedAt).toBe(true)
    expect(early.submissions[0]!.importedAt > early.ledger[0]!.at).toBe(true)
    expect(verifyHistory(early.history).intact).toBe(true)
    expect(computeResults(early)).toEqual(results)
    // A date after the planned ones changes nothing.
    expect(createSampleYear(new Date('2027-06-01T00:00:00.000Z'))).toEqual(pkg)
  })

  it('records its ledger entries and adjustments as the store does, with their real reasons', () => {
    expect(pkg.history.map((h) => [h.entity, h.action, h.reason])).toEqual([
      ...pkg.ledger.map(() => ['ledger', 'add', '']),
      ...pkg.adjustments.map((a) => ['adjustment', 'add', a.reason]),
    ])
    expect(pkg.history.map((h) => h.newValue)).toEqual([...pkg.ledger, ...pkg.adjustments])
  })
})

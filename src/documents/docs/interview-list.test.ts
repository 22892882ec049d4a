import { describe, expect, it } from 'vitest'
import { computeResults, createSampleYear } from '../../domain'
import { interviewRows } from './interview-list'
import { warningUnits } from './warning-letter'
import { withLedger } from '../../domain/testing/with-ledger'

describe('约谈名单 rows', () => {
  it('groups the last three of each sequence under it, in rank order, with their principal leaders', () => {
    const pkg = createSampleYear()
    const results = computeResults(pkg)
    const groups = interviewRows(pkg, results)
    expect(groups.map((g) => g.sequence)).toEqual(results.sequences.map((s) => s.label))
    results.sequences.forEach((s, i) => {
      const last = s.units.filter((u) => u.interview)
      expect(last.length).toBeGreaterThan(0)
      expect(groups[i]!.rows.map((r) => r.name)).toEqual(last.map((u) => u.name))
      for (const r of groups[i]!.rows) expect(r.reason).toBe('排名后三位')
    })
    const first = groups[0]!.rows[0]!
    const unit = pkg.units.find((u) => u.name === first.name)!
    const principals = unit.leaders.filter((l) => l.role === 'secretary' || l.role === 'chief')
    expect(principals.length).toBeGreaterThan(0)
    expect(first.people).toEqual(principals.map((l) => ({ name: l.name, title: l.title })))
  })

  it('adds a unit whose ledger reached 20 points, with its deputy and the reason', () => {
    const pkg = withLedger(createSampleYear(), '青山镇', 2)
    const groups = interviewRows(pkg, computeResults(pkg))
    const row = groups.flatMap((g) => g.rows).find((r) => r.name === '青山镇')!
    expect(row.reason).toBe('台账扣20分')
    const deputies = pkg.units
      .find((u) => u.name === '青山镇')!
      .leaders.filter((l) => l.role === 'deputy')
    expect(row.people).toEqual(deputies.map((l) => ({ name: l.name, title: l.title })))
  })

  it('writes a shared rank as 并列 before the number, so it stays one short line', () => {
    const pkg = createSampleYear()
    const results = computeResults(pkg)
    const u = results.sequences[1]!.units.find((x) => x.interview)!
    u.tied = true
    const row = interviewRows(pkg, results)[1]!.rows.find((r) => r.name === u.name)!
    expect(row.rank).toBe(`并列${u.rank}`)
  })

  it('keeps a sequence with nobody to interview, with no rows', () => {
    const pkg = createSampleYear()
    const results = computeResults(pkg)
    for (const u of results.sequences[0]!.units) u.interview = false
    const groups = interviewRows(pkg, results)
    expect(groups[0]).toEqual({ sequence: results.sequences[0]!.label, rows: [] })
    expect(groups[1]!.rows.length).toBeGreaterThan(0)
  })

  it('sends a 警示函 from 10 points on, not below', () => {
    const pkg = createSampleYear()
    const units = computeResults(pkg).sequences.flatMap((s) => s.units)
    expect(warningUnits(units).every((u) => u.ledgerPoints >= 1000)).toBe(true)
    expect(units.filter((u) => u.ledgerPoints >= 1000).length).toBe(warningUnits(units).length)
    expect(warningUnits(units).length).toBeGreaterThan(0)
  })
})

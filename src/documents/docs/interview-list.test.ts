import { describe, expect, it } from 'vitest'
import { computeResults, createSampleYear } from '../../domain'
import { interviewRows } from './interview-list'
import { warningUnits } from './warning-letter'
import { withLedger } from '../../domain/testing/with-ledger'

describe('约谈名单 rows', () => {
  it('lists the last three of each sequence with their principal leaders', () => {
    const pkg = createSampleYear()
    const results = computeResults(pkg)
    const rows = interviewRows(pkg, results)
    for (const s of results.sequences) {
      const last = s.units.filter((u) => u.interview).map((u) => u.name)
      expect(
        rows
          .filter((r) => r.sequence === s.label && r.reason.includes('末三位'))
          .map((r) => r.name),
      ).toEqual(last)
    }
    const unit = pkg.units.find((u) => u.name === rows[0]!.name)!
    const secretary = unit.leaders.find((l) => l.role === 'secretary')!
    expect(rows[0]!.people).toContain(`${secretary.name}（${secretary.title}）`)
  })

  it('adds a unit whose ledger reached 20 points, with its deputy and the reason', () => {
    const pkg = withLedger(createSampleYear(), '青山镇', 2)
    const rows = interviewRows(pkg, computeResults(pkg))
    const row = rows.find((r) => r.name === '青山镇')!
    expect(row.reason).toBe('问题台账累计扣分20.00分')
    const deputy = pkg.units
      .find((u) => u.name === '青山镇')!
      .leaders.find((l) => l.role === 'deputy')
    if (deputy) expect(row.people).toContain(deputy.name)
  })

  it('sends a 警示函 from 10 points on, not below', () => {
    const pkg = createSampleYear()
    const units = computeResults(pkg).sequences.flatMap((s) => s.units)
    expect(warningUnits(units).every((u) => u.ledgerPoints >= 1000)).toBe(true)
    expect(units.filter((u) => u.ledgerPoints >= 1000).length).toBe(warningUnits(units).length)
    expect(warningUnits(units).length).toBeGreaterThan(0)
  })
})

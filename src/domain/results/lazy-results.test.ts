import { describe, expect, it } from 'vitest'
import { buildYear } from '../testing/build-year'
import { computeResults } from './compute-results'
import type { UnitResultRecord } from './unit-result'

// Items and explanations are built on first read (the ranking of a large county needs only the
// totals). These tests hold the promise that reading them later changes nothing a reader sees.
describe('results built on first read', () => {
  const pkg = buildYear(
    [
      { name: '甲', total: 9000 },
      { name: '乙', total: 8000 },
      { name: '丙', total: 8000 },
      { name: '丁', total: 6000, veto: true },
    ],
    { tieBreakByCategories: false },
  )

  it('gives the same item array and explanation on every read', () => {
    const u = computeResults(pkg).sequences[0]!.units[1]!
    expect(u.items).toBe(u.items)
    expect(u.explanation).toBe(u.explanation)
    expect(u.items.reduce((s, i) => s + i.final, 0)).toBe(u.itemsTotal)
  })

  it('goes into JSON whole, and through toJSON() into a structured clone, as the CLI and a worker need', () => {
    const u = computeResults(pkg).sequences[0]!.units[1]!
    const json = JSON.parse(JSON.stringify(u)) as typeof u
    expect(json.items).toHaveLength(u.items.length)
    expect(json.explanation).toEqual(u.explanation)
    expect(json.total).toBe(u.total)
    const clone = structuredClone((u as UnitResultRecord).toJSON())
    expect(clone.items).toEqual(u.items)
    expect(clone.explanation).toEqual(u.explanation)
    expect(clone.rank).toBe(u.rank)
  })

  it('keeps what it builds out of sight of comparisons and copies', () => {
    // The makers are private: two computations of the same year compare equal, and a copy of
    // the own fields is the figures alone (the reason toJSON exists).
    const a = computeResults(pkg).sequences[0]!.units
    const b = computeResults(pkg).sequences[0]!.units
    expect(a).toEqual(b)
    expect(Object.keys({ ...a[0]! })).not.toContain('explanation')
  })

  it('explains a unit the same whether read first or after all the others', () => {
    const first = computeResults(pkg).sequences[0]!.units.map((u) => u.explanation)
    const reversed = computeResults(pkg).sequences[0]!.units.slice().reverse()
    const later = reversed.map((u) => u.explanation).reverse()
    expect(later).toEqual(first)
    expect(first[1]!.join()).toContain('并列')
    expect(first[3]!.join()).toContain('一票否决')
  })
})

describe('findings lists', () => {
  it('name the first eight places and count all of them', () => {
    const specs = Array.from({ length: 12 }, (_, i) => ({
      name: `单位${i + 1}`,
      items: { '1.1': [0, 400] },
    }))
    const seq = computeResults(buildYear(specs, { disagreementThreshold: 200 })).sequences[0]!
    const line = seq.findings.find((f) => f.startsWith('评分分歧较大'))!
    expect(line).toContain('等 12 处')
    expect(line.match(/相差 4\.00 分/g)).toHaveLength(8)
    expect(line).toContain('单位1 1.1（相差 4.00 分）')
  })

  it('list every place when there are eight or fewer', () => {
    const specs = Array.from({ length: 3 }, (_, i) => ({
      name: `单位${i + 1}`,
      items: { '1.1': [0, 400] },
    }))
    const seq = computeResults(buildYear(specs, { disagreementThreshold: 200 })).sequences[0]!
    const line = seq.findings.find((f) => f.startsWith('评分分歧较大'))!
    expect(line).not.toContain('等')
    expect(line.match(/相差 4\.00 分/g)).toHaveLength(3)
  })
})

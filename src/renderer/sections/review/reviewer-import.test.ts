import { describe, expect, it } from 'vitest'
import { createSampleYear, formatPoints } from '../../../domain'
import { previewImport, type ParsedSheet } from './reviewer-import'

const pkg = createSampleYear()
const [first, second] = pkg.scores
const reviewer = pkg.reviewers.find((r) => r.id === first!.reviewerId)!

describe('previewImport', () => {
  it('counts new, changed and unchanged cells per file; a later file replaces an earlier one', () => {
    const unchanged = { ...first! }
    const changed = { ...second!, score: second!.score === 0 ? 50 : 0, reason: '复查不符' }
    const fresh = { ...first!, itemCode: '9.99', score: 100, reason: '' }
    const sheets: ParsedSheet[] = [
      {
        file: 'a.xlsx',
        ok: true,
        reviewerId: first!.reviewerId,
        reviewerName: reviewer.name,
        scores: [unchanged, changed, fresh],
        lines: ['提示：a.xlsx · 审核评分 · H5: 得分单元格含公式，已按其计算结果导入'],
      },
      {
        file: 'b.xlsx',
        ok: false,
        scores: [],
        lines: ['错误：b.xlsx · 审核评分 · H9: 得分 5 超过满分 4'],
      },
      {
        file: 'a-again.xlsx',
        ok: true,
        reviewerId: first!.reviewerId,
        scores: [{ ...fresh, score: 50, reason: '减半' }],
        lines: [],
      },
    ]
    const p = previewImport(pkg, sheets)
    expect(p.sheets.map((s) => [s.file, s.ok, s.filled, s.added, s.changed, s.unchanged])).toEqual([
      ['a.xlsx', true, 3, 1, 1, 1],
      ['b.xlsx', false, 0, 0, 0, 0],
      ['a-again.xlsx', true, 1, 0, 1, 0],
    ])
    expect(p.added).toBe(1)
    expect(p.changed.map((c) => [c.file, c.itemCode, c.after])).toEqual([
      ['a.xlsx', second!.itemCode, formatPoints(changed.score)],
      ['a-again.xlsx', '9.99', '0.50'],
    ])
    expect(p.changed[0]!.unit).toBe(pkg.units.find((u) => u.id === second!.unitId)!.name)
    // Only good sheets go to the store, in file order, without the year or reviewer per cell.
    expect(p.inputs.map((i) => [i.fileName, i.scores.length])).toEqual([
      ['a.xlsx', 3],
      ['a-again.xlsx', 1],
    ])
    expect(p.sheets[1]!.lines[0]).toContain('H9')
  })

  it('has nothing to store when every file was refused', () => {
    const p = previewImport(pkg, [{ file: 'x.xlsx', ok: false, scores: [], lines: ['错误：x'] }])
    expect(p.inputs).toEqual([])
    expect(p.added).toBe(0)
  })
})

import { describe, expect, it } from 'vitest'
import type { CriteriaSheet } from '../../../domain'
import { buildUnitSheet, categoryTotals, progressByReviewer } from './scoring-model'

const sheet: CriteriaSheet = {
  sequence: 'township',
  version: 1,
  title: '测试细则',
  categories: [
    {
      title: '加强组织领导情况',
      items: [
        { code: 'A1', title: '研究部署', max: 1000, standard: '每少一次扣1分', step: 100 },
        { code: 'A2', title: '责任落实', max: 500, standard: '' },
      ],
    },
    { title: '推动重点工作情况', items: [{ code: 'B1', title: '大气', max: 8500, standard: '' }] },
  ],
  vetoes: [],
}

const submission = {
  items: [
    { code: 'A1', score: 1000, explanation: '全年研究 4 次', evidence: ['会议纪要'] },
    { code: 'B1', score: 8000, explanation: '', evidence: [] },
  ],
}

const cell = (reviewerId: string, itemCode: string, score: number, reason = '') => ({
  reviewerId,
  itemCode,
  score,
  reason,
})

describe('buildUnitSheet', () => {
  const lines = buildUnitSheet({
    sheet,
    submission,
    reviewerIds: ['r1', 'r2'],
    scores: [cell('r1', 'A1', 800, '少两次'), cell('r2', 'A1', 1000), cell('r1', 'B1', 7001)],
    aggregation: 'mean',
    disagreement: 100,
  })

  it('puts self score, explanation and each reviewer side by side with the mean', () => {
    const a1 = lines[0]!
    expect(a1.self).toBe(1000)
    expect(a1.evidence).toEqual(['会议纪要'])
    expect(a1.scores).toEqual([800, 1000])
    expect(a1.reasons).toEqual(['少两次', ''])
    expect(a1.aggregate).toBe(900)
    expect(a1.spread).toBe(200)
    expect(a1.disagree).toBe(true)
  })

  it("carries each reviewer's mark of an overtaken self score in that reviewer's column", () => {
    const marked = buildUnitSheet({
      sheet,
      submission,
      reviewerIds: ['r1', 'r2'],
      scores: [
        { ...cell('r1', 'A1', 800, '少两次'), selfChanged: { from: 900, to: 1000, version: 2 } },
        cell('r2', 'A1', 1000),
      ],
      aggregation: 'mean',
      disagreement: 100,
    })
    expect(marked.map((l) => l.marks)).toEqual([
      [{ from: 900, to: 1000, version: 2 }, null],
      [null, null],
      [null, null],
    ])
  })

  it('leaves unscored items without aggregate and does not flag a single reviewer', () => {
    expect(lines[1]!.aggregate).toBeNull()
    expect(lines[1]!.self).toBeNull()
    expect(lines[2]!.aggregate).toBe(7001)
    expect(lines[2]!.disagree).toBe(false)
  })

  it('sums category subtotals exactly and counts progress per reviewer', () => {
    const totals = categoryTotals(lines, 0)
    expect(totals.map((t) => [t.title, t.max, t.self, t.mine, t.aggregate])).toEqual([
      ['加强组织领导情况', 1500, 1000, 800, 900],
      ['推动重点工作情况', 8500, 8000, 7001, 7001],
    ])
    expect(progressByReviewer(lines, 2)).toEqual([2, 1])
  })
})

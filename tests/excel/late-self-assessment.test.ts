// A self-assessment version arriving after review began: the report names, by item and
// reviewer, the review scores that now differ from the new self scores.
import { describe, expect, it } from 'vitest'
import { checkYearPackage, createSampleYear, criteriaItems, formatPoints } from '../../src/domain'
import { importSelfAssessments } from '../../src/excel/import/import-self-assessments'
import { writeSelfAssessmentTemplate } from '../../src/excel/self-assessment/write-template'
import { editWorkbook, itemRows } from './fill-template'

const ctx = { by: '测试员', at: '2027-01-05T08:00:00.000Z' }

describe('late self-assessment', () => {
  it('lists the reviewer scores that differ from the changed self scores', () => {
    const pkg = createSampleYear()
    const unit = pkg.units[0]!
    const items = criteriaItems(pkg.criteria[unit.sequence])
    const current = pkg.submissions
      .filter((s) => s.unitId === unit.id)
      .reduce((a, b) => (b.version > a.version ? b : a))
    const rows = itemRows(writeSelfAssessmentTemplate(pkg, unit))
    // Same as the current version, except the first two items at 0.
    const edits: Record<string, string | number> = {}
    for (const item of items) {
      const was = current.items.find((i) => i.code === item.code)!
      const score = items.indexOf(item) < 2 ? 0 : was.score!
      edits[`D${rows.get(item.code)!}`] = Number(formatPoints(score))
      edits[`E${rows.get(item.code)!}`] = was.explanation || '说明'
      edits[`F${rows.get(item.code)!}`] = was.evidence.join('\n')
    }
    const data = editWorkbook(writeSelfAssessmentTemplate(pkg, unit), { 自查表: edits })
    const r = importSelfAssessments(pkg, [{ name: `${unit.name}.xlsx`, data }], ctx)
    expect(r.files[0]!.status).toBe('imported')

    const names = new Map(pkg.reviewers.map((x) => [x.id, x.name]))
    const expected = items.slice(0, 2).flatMap((item) => {
      const before = current.items.find((i) => i.code === item.code)!.score
      if (before === 0) return []
      return pkg.scores
        .filter((s) => s.unitId === unit.id && s.itemCode === item.code && s.score !== 0)
        .map(
          (s) =>
            `${item.code} ${names.get(s.reviewerId)} 审核得分 ${formatPoints(s.score)}，自评得分 ${formatPoints(before!)} → 0.00`,
        )
    })
    expect(expected.length).toBeGreaterThan(0)
    expect(r.files[0]!.reviewDiffers).toEqual(expected)

    // …and marks exactly those scores 自评已更新, as the app's store does on the same import,
    // so the package the CLI writes shows them in 审核评分 and passes validate.
    const marked = r.pkg.scores
      .filter((s) => s.selfChanged)
      .map((s) => ({ unit: s.unitId, item: s.itemCode, reviewer: s.reviewerId, ...s.selfChanged }))
    const wanted = items.slice(0, 2).flatMap((item) => {
      const before = current.items.find((i) => i.code === item.code)!.score
      if (before === 0) return []
      return pkg.scores
        .filter((s) => s.unitId === unit.id && s.itemCode === item.code && s.score !== 0)
        .map((s) => ({
          unit: unit.id,
          item: item.code,
          reviewer: s.reviewerId,
          from: before,
          to: 0,
          version: current.version + 1,
          at: ctx.at,
        }))
    })
    expect(marked).toEqual(wanted)
    expect(r.pkg.history.at(-1)!.newValue).toMatchObject({ marked: wanted.length })
    expect(checkYearPackage(r.pkg)).toEqual([])
  })

  it('lists nothing on a first import', () => {
    const pkg = { ...createSampleYear(), submissions: [], history: [] }
    const unit = pkg.units[0]!
    const rows = itemRows(writeSelfAssessmentTemplate(pkg, unit))
    const edits: Record<string, number> = {}
    for (const item of criteriaItems(pkg.criteria[unit.sequence]))
      edits[`D${rows.get(item.code)!}`] = Number(formatPoints(item.max))
    const data = editWorkbook(writeSelfAssessmentTemplate(pkg, unit), { 自查表: edits })
    const r = importSelfAssessments(pkg, [{ name: 'a.xlsx', data }], ctx)
    expect(r.files[0]!.reviewDiffers).toBeUndefined()
  })
})

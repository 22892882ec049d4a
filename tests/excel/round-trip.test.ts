import { describe, expect, it } from 'vitest'
import { createSampleYear, criteriaItems, formatPoints } from '../../src/domain'
import { importSelfAssessments } from '../../src/excel/import/import-self-assessments'
import {
  writeSelfAssessmentTemplate,
  unitFileName,
} from '../../src/excel/self-assessment/write-template'
import { editWorkbook, itemRows } from './fill-template'

const ctx = { by: '测试员', at: '2027-01-05T08:00:00.000Z' }

describe('self-assessment round trip', () => {
  it('templates filled by code import with the same numbers', () => {
    const pkg = createSampleYear()
    const units = pkg.units.slice(0, 3)
    const files = units.map((unit) => {
      const template = writeSelfAssessmentTemplate(pkg, unit)
      const rows = itemRows(template)
      const edits: Record<string, string | number> = {}
      criteriaItems(pkg.criteria[unit.sequence]).forEach((item, i) => {
        const row = rows.get(item.code)!
        const score = Math.max(0, item.max - (i % 3) * (item.step ?? 50))
        edits[`D${row}`] = Number(formatPoints(score))
        edits[`E${row}`] = `说明${i}`
        edits[`F${row}`] = `文件${i}\n会议纪要${i}`
      })
      return { name: unitFileName(unit), data: editWorkbook(template, { 自查表: edits }) }
    })
    const empty = { ...pkg, submissions: [], history: [] }
    const r = importSelfAssessments(empty, files, ctx)
    expect(r.files.map((f) => [f.file, f.status])).toEqual(files.map((f) => [f.name, 'imported']))
    expect(r.pkg.submissions).toHaveLength(3)
    units.forEach((unit) => {
      const sub = r.pkg.submissions.find((s) => s.unitId === unit.id)!
      criteriaItems(pkg.criteria[unit.sequence]).forEach((item, i) => {
        const got = sub.items.find((x) => x.code === item.code)!
        expect(got.score).toBe(Math.max(0, item.max - (i % 3) * (item.step ?? 50)))
        expect(got.evidence).toEqual([`文件${i}`, `会议纪要${i}`])
      })
    })
    expect(r.pkg.history).toHaveLength(3)
    expect(empty.submissions).toHaveLength(0)
  })

  it('re-importing keeps the earlier version and lists the changes', () => {
    const pkg = { ...createSampleYear(), submissions: [], history: [] }
    const unit = pkg.units[0]!
    const template = writeSelfAssessmentTemplate(pkg, unit)
    const rows = itemRows(template)
    const first = criteriaItems(pkg.criteria[unit.sequence])[0]!
    const fill = (score: number) => {
      const edits: Record<string, string | number> = {}
      for (const item of criteriaItems(pkg.criteria[unit.sequence])) {
        edits[`D${rows.get(item.code)!}`] = Number(formatPoints(item.max))
      }
      edits[`D${rows.get(first.code)!}`] = score
      edits[`E${rows.get(first.code)!}`] = '有缺项'
      return editWorkbook(template, { 自查表: edits })
    }
    const one = importSelfAssessments(pkg, [{ name: 'a.xlsx', data: fill(1) }], ctx)
    const two = importSelfAssessments(one.pkg, [{ name: 'b.xlsx', data: fill(2) }], ctx)
    expect(two.files[0]).toMatchObject({ status: 'imported', version: 2 })
    expect(two.files[0]!.changes).toEqual([`${first.code} 自评得分 1.00 → 2.00`])
    expect(two.pkg.submissions.map((s) => s.version)).toEqual([1, 2])
  })
})

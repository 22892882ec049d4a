// Templates and reviewer sheets through a real office suite: filled, re-saved by LibreOffice as
// .xlsx and .xls, and imported to the last hundredth; the real-file cases of issue 17 as
// LibreOffice writes them.
import { beforeAll, describe, expect, it } from 'vitest'
import { createSampleYear, criteriaItems, formatPoints, type Unit } from '../../../src/domain'
import { importSelfAssessments } from '../../../src/excel/import/import-self-assessments'
import { formatProblem } from '../../../src/excel/report'
import { importReviewerSheets } from '../../../src/excel/reviewer/import-reviewer-sheets'
import { writeReviewerSheet } from '../../../src/excel/reviewer/write-reviewer-sheet'
import {
  unitFileName,
  writeSelfAssessmentTemplate,
} from '../../../src/excel/self-assessment/write-template'
import { filledTemplate } from '../bad-files'
import { editWorkbook, itemRows } from '../fill-template'
import { formulaWithoutResult, mergedScores } from '../real-file-fixtures'
import { convert } from './soffice'

const ctx = { by: '测试员', at: '2027-01-05T08:00:00.000Z' }
const sample = createSampleYear()
const empty = { ...sample, submissions: [], history: [], scores: [] }
const units = [
  sample.units.find((u) => u.sequence === 'township')!,
  sample.units.find((u) => u.sequence === 'department')!,
]

/** Scores off by steps and hundredths, explanations with quotes, evidence on two lines. */
const expected = (unit: Unit) =>
  criteriaItems(sample.criteria[unit.sequence]).map((item, i) => ({
    code: item.code,
    score: Math.max(0, item.max - (i % 3) * (item.step ?? 33)),
    explanation: i % 2 ? `已完成“${item.code}”` : '=按要求完成',
    evidence: [`文件${i}`, `会议纪要（第${i}次）`],
  }))

function filled(unit: Unit): Uint8Array {
  const template = writeSelfAssessmentTemplate(empty, unit)
  const rows = itemRows(template)
  const edits: Record<string, string | number> = {}
  for (const e of expected(unit)) {
    const r = rows.get(e.code)!
    edits[`D${r}`] = Number(formatPoints(e.score))
    edits[`E${r}`] = e.explanation
    edits[`F${r}`] = e.evidence.join('\n')
  }
  return editWorkbook(template, { 自查表: edits })
}

let saved: Record<'xlsx' | 'xls', Record<string, Uint8Array>>
let cases: Record<string, Uint8Array>
beforeAll(() => {
  const files = Object.fromEntries(units.map((u) => [unitFileName(u), filled(u)]))
  saved = { xlsx: convert(files, 'xlsx'), xls: convert(files, 'xls') }
  const other = sample.units[2]!
  cases = {
    ...convert({ '开放格式.xlsx': filledTemplate(empty).data }, 'ods'),
    ...convert(
      {
        '合并.xlsx': mergedScores(empty).data,
        '脚本生成.xlsx': formulaWithoutResult(empty).data,
        [unitFileName(other)]: filledTemplate(empty, 0).data,
      },
      'xlsx',
    ),
  }
}, 300_000)

describe.each(['xlsx', 'xls'] as const)('re-saved by LibreOffice as .%s', (kind) => {
  it('imports every item exactly', () => {
    const files = units.map((u) => ({
      name: `${u.name}.${kind}`,
      data: saved[kind][u.name.replace(/[\\/:*?"<>|]/g, '_')]!,
    }))
    const r = importSelfAssessments(empty, files, ctx)
    expect(
      r.files.map((f) => [f.status, f.problems.filter((p) => p.severity === 'error')]),
    ).toEqual(units.map(() => ['imported', []]))
    for (const unit of units) {
      const got = r.pkg.submissions.find((s) => s.unitId === unit.id)!.items
      expect(got).toEqual(expected(unit))
    }
  })
})

describe('reviewer sheet through LibreOffice', () => {
  it('imports the scores and reasons typed into it', () => {
    const reviewer = sample.reviewers[0]!
    const sheet = writeReviewerSheet(sample, reviewer, [units[0]!.id])
    const items = criteriaItems(sample.criteria[units[0]!.sequence])
    const self = sample.submissions.find((s) => s.unitId === units[0]!.id)!
    const edits: Record<string, string | number> = {}
    items.forEach((item, i) => {
      const score = Math.max(0, item.max - (i % 2) * (item.step ?? 50))
      edits[`H${i + 4}`] = Number(formatPoints(score))
      edits[`I${i + 4}`] = `理由${i}`
    })
    const back = convert({ 'r.xlsx': editWorkbook(sheet, { 审核评分: edits }) }, 'xlsx').r!
    const r = importReviewerSheets(sample, [{ name: 'r.xlsx', data: back }], ctx)
    expect(r.files[0]!.problems.map(formatProblem)).toEqual([])
    expect(r.files[0]!.status).toBe('imported')
    const mine = r.pkg.scores.filter(
      (s) => s.reviewerId === reviewer.id && s.unitId === units[0]!.id,
    )
    expect(items.map((item) => mine.find((s) => s.itemCode === item.code)?.score)).toEqual(
      items.map((item, i) => Math.max(0, item.max - (i % 2) * (item.step ?? 50))),
    )
    expect(self.items.length).toBe(items.length)
  })
})

describe('real-file cases as LibreOffice writes them', () => {
  it('.ods is named for what it is', () => {
    const r = importSelfAssessments(
      empty,
      [{ name: '开放格式.ods', data: cases['开放格式']! }],
      ctx,
    )
    expect(r.files[0]!.problems.map(formatProblem)).toEqual([
      '开放格式.ods: 这是 OpenDocument 表格（.ods），请另存为 .xlsx 后导入',
    ])
  })

  it('merged score cells stay merged and are refused by range', () => {
    const { range } = mergedScores(empty)
    const r = importSelfAssessments(empty, [{ name: '合并.xlsx', data: cases['合并']! }], ctx)
    expect(r.files[0]!.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
      `合并.xlsx · 自查表 · ${range}: 得分单元格被合并（${range}），请取消合并后逐项填写`,
    ])
  })

  it('a formula without a result imports once an office suite has saved it, as the message says', () => {
    const r = importSelfAssessments(
      empty,
      [{ name: '脚本生成.xlsx', data: cases['脚本生成']! }],
      ctx,
    )
    const f = formulaWithoutResult(empty)
    expect(r.files[0]!.status).toBe('imported')
    expect(r.files[0]!.problems.map(formatProblem)).toEqual([
      `脚本生成.xlsx · 自查表 · ${f.ref}: 得分单元格含公式，已按其计算结果导入`,
    ])
    expect(r.pkg.submissions[0]!.items[0]!.score).toBe(400)
  })

  it('a template saved under another unit’s name is held', () => {
    const other = sample.units[2]!
    const name = unitFileName(other)
    const data = cases[name.replace(/\.xlsx$/, '')]!
    const r = importSelfAssessments(empty, [{ name, data }], ctx)
    expect(r.files[0]).toMatchObject({ status: 'held', unitId: sample.units[0]!.id })
  })
})

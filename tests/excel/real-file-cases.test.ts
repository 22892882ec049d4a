// Each way a real returned file goes wrong (issue 17 item 3): its exact message, the file
// changing nothing, and a good file of the same batch still importing.
import { describe, expect, it } from 'vitest'
import { createSampleYear, criteriaItems } from '../../src/domain'
import { importSelfAssessments } from '../../src/excel/import/import-self-assessments'
import { formatProblem } from '../../src/excel/report'
import { importReviewerSheets } from '../../src/excel/reviewer/import-reviewer-sheets'
import { unitFileName } from '../../src/excel/self-assessment/write-template'
import { filledTemplate } from './bad-files'
import {
  asOds,
  formulaTabsReordered,
  formulaWithoutResult,
  mergedScores,
  renamedSheet,
  reviewerFile,
  withPicture,
} from './real-file-fixtures'

const ctx = { by: '测试员', at: '2027-01-05T08:00:00.000Z' }
const pkg = { ...createSampleYear(), submissions: [], history: [] }
const good = () => {
  const f = filledTemplate(pkg, 1)
  return { name: unitFileName(f.unit), data: f.data }
}
const errors = (r: ReturnType<typeof importSelfAssessments>, file: string) =>
  r.files
    .find((f) => f.file === file)!
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem)

function refusedWithGood(file: string, data: Uint8Array) {
  const r = importSelfAssessments(pkg, [{ name: file, data }, good()], ctx)
  expect(r.files.map((f) => f.status)).toEqual(['rejected', 'imported'])
  expect(r.pkg.submissions.map((s) => s.unitId)).toEqual([pkg.units[1]!.id])
  return errors(r, file)
}

describe('real returned files', () => {
  it('refuses a score formula saved without its result', () => {
    const f = formulaWithoutResult(pkg)
    expect(refusedWithGood('脚本生成.xlsx', f.data)).toEqual([
      `脚本生成.xlsx · 自查表 · ${f.ref}: 公式没有计算结果，请在 Excel 或 WPS 中打开并保存后再导入`,
    ])
  })

  it('finds formulas whatever the order of the tabs', () => {
    const f = formulaTabsReordered(pkg)
    const r = importSelfAssessments(pkg, [{ name: '调换.xlsx', data: f.data }], ctx)
    expect(r.files[0]!.status).toBe('imported')
    expect(r.files[0]!.problems.map(formatProblem)).toEqual([
      `调换.xlsx · 自查表 · ${f.ref}: 得分单元格含公式，已按其计算结果导入`,
    ])
    // The fixture's cached result is 1.
    expect(r.pkg.submissions[0]!.items[0]!.score).toBe(100)
  })

  it('refuses merged score cells, naming the merged range', () => {
    const f = mergedScores(pkg)
    expect(refusedWithGood('合并.xlsx', f.data)).toEqual([
      `合并.xlsx · 自查表 · ${f.range}: 得分单元格被合并（${f.range}），请取消合并后逐项填写`,
    ])
  })

  it('holds a file whose name names another unit until the office confirms it', () => {
    const f = filledTemplate(pkg, 0)
    const other = pkg.units[2]!
    const name = unitFileName(other)
    const held = importSelfAssessments(pkg, [{ name, data: f.data }, good()], ctx)
    expect(held.files.map((x) => x.status)).toEqual(['held', 'imported'])
    expect(held.files[0]!.held).toBe(
      `文件名写的是“${other.name}”，而文件内的单位信息是“${f.unit.name}”（模板是为 ${f.unit.name} 生成的）。请向报送单位核实：在应用中可确认按 ${f.unit.name} 导入，或放弃这个文件`,
    )
    expect(held.pkg.submissions.map((s) => s.unitId)).toEqual([pkg.units[1]!.id])
    const confirmed = importSelfAssessments(pkg, [{ name, data: f.data }], {
      ...ctx,
      confirmed: [name],
    })
    expect(confirmed.files[0]).toMatchObject({ status: 'imported', unitId: f.unit.id, version: 1 })
  })

  it('does not hold a file named after its own unit, or not named after any unit', () => {
    const f = filledTemplate(pkg, 0)
    for (const name of [unitFileName(f.unit), `${f.unit.name}（盖章版）.xlsx`, '自查表(1).xlsx']) {
      expect(importSelfAssessments(pkg, [{ name, data: f.data }], ctx).files[0]!.status).toBe(
        'imported',
      )
    }
  })

  it('refuses the same reviewer twice in one batch, both files', () => {
    // The sample year as built: its reviewers' scores agree with its self-assessments.
    const withSelf = createSampleYear()
    const { reviewer, data } = reviewerFile(withSelf)
    const r = importReviewerSheets(
      withSelf,
      [
        { name: '评分表.xlsx', data },
        { name: '评分表(1).xlsx', data },
      ],
      ctx,
    )
    const message = `同一批中评分人 ${reviewer.name} 有 2 个文件（评分表.xlsx、评分表(1).xlsx），无法判断以哪个为准，请只保留一个后重新导入`
    expect(r.files.map((f) => [f.status, f.problems.map(formatProblem)])).toEqual([
      ['rejected', [`评分表.xlsx: ${message}`]],
      ['rejected', [`评分表(1).xlsx: ${message}`]],
    ])
    expect(r.pkg).toBe(withSelf)
  })

  it('names .ods, pictures and a renamed sheet for what they are', () => {
    const base = filledTemplate(pkg)
    expect(refusedWithGood('青山镇.ods', asOds(base.data))).toEqual([
      '青山镇.ods: 这是 OpenDocument 表格（.ods），请另存为 .xlsx 后导入',
    ])
    const big = withPicture(base.data)
    expect(refusedWithGood('带图.xlsx', big)).toEqual([
      `带图.xlsx: 文件过大（${(big.byteLength / 1048576).toFixed(1)} MB），自查表不应超过 10 MB；通常是表中粘贴了图片或截图，请删除图片（佐证材料另行报送）后保存再导入`,
    ])
    expect(refusedWithGood('改名.xlsx', renamedSheet(base.data))).toEqual([
      '改名.xlsx: 找不到工作表“自查表”（文件中的工作表：Sheet1、一票否决申报）',
    ])
    expect(criteriaItems(pkg.criteria[base.unit.sequence]).length).toBeGreaterThan(0)
  })
})

import { describe, expect, it } from 'vitest'
import { createSampleYear, criteriaItems, formatPoints } from '../../src/domain'
import { importSelfAssessments } from '../../src/excel/import/import-self-assessments'
import { formatProblem } from '../../src/excel/report'
import { badCases, filledTemplate, lyingZip, stretchedRange } from './bad-files'
import { editWorkbook } from './fill-template'

const ctx = { by: '测试员', at: '2027-01-05T08:00:00.000Z' }
const pkg = { ...createSampleYear(), submissions: [], history: [] }

function lines(result: ReturnType<typeof importSelfAssessments>, severity: 'error' | 'warning') {
  return result.files.flatMap((f) =>
    f.problems.filter((p) => p.severity === severity).map(formatProblem),
  )
}

describe('bad returned files', () => {
  it.each(badCases(pkg).map((c) => [c.name, c] as const))(
    '%s is refused with its message',
    (_n, c) => {
      const r = importSelfAssessments(pkg, [{ name: c.file, data: c.data }], ctx)
      expect(r.files[0]!.status).toBe('rejected')
      expect(r.pkg).toBe(pkg)
      const got = lines(r, 'error')
      expect(got).toHaveLength(c.errors.length)
      c.errors.forEach((e, i) => {
        if (e.startsWith('startsWith:'))
          expect(got[i]!.startsWith(e.slice('startsWith:'.length))).toBe(true)
        else expect(got[i]).toBe(e)
      })
    },
  )

  it('imports the good files of a batch and rejects the bad ones', () => {
    const good = filledTemplate(pkg, 1)
    const bad = badCases(pkg).find((c) => c.name === 'over max')!
    const r = importSelfAssessments(
      pkg,
      [
        { name: '好.xlsx', data: good.data },
        { name: bad.file, data: bad.data },
      ],
      ctx,
    )
    expect(r.files.map((f) => f.status)).toEqual(['imported', 'rejected'])
    expect(r.pkg.submissions.map((s) => s.unitId)).toEqual([good.unit.id])
  })

  it('refuses the same unit twice in one batch', () => {
    const a = filledTemplate(pkg, 0)
    const r = importSelfAssessments(
      pkg,
      [
        { name: 'a.xlsx', data: a.data },
        { name: 'b.xlsx', data: a.data },
      ],
      ctx,
    )
    expect(r.files.map((f) => f.status)).toEqual(['rejected', 'rejected'])
    expect(lines(r, 'error')[0]).toBe(
      `a.xlsx: 同一批中 ${a.unit.name} 有 2 个文件（a.xlsx、b.xlsx），无法判断以哪个为准，请只保留一个后重新导入`,
    )
    expect(r.pkg).toBe(pkg)
  })

  it('refuses a file made for criteria that have changed since', () => {
    const file = filledTemplate(pkg, 0)
    const sheet = pkg.criteria[file.unit.sequence]
    const changed = structuredClone(sheet)
    changed.version = sheet.version + 1
    changed.categories[0]!.items[0]!.standard = '改过的标准'
    changed.categories[0]!.items[0]!.max += 100
    changed.categories[0]!.items[1]!.max -= 100
    const next = { ...pkg, criteria: { ...pkg.criteria, [file.unit.sequence]: changed } }
    const r = importSelfAssessments(next, [{ name: '旧模板.xlsx', data: file.data }], ctx)
    expect(lines(r, 'error')).toEqual([
      `旧模板.xlsx: 文件按第 ${sheet.version} 版考评细则生成，细则已改为第 ${changed.version} 版，请重新下发模板`,
    ])
  })

  it('warns about formulas, numbers typed as text and missing explanations, and still imports', () => {
    const base = filledTemplate(pkg, 0)
    const items = criteriaItems(pkg.criteria[base.unit.sequence])
    const [a, b] = [items[0]!, items[1]!]
    const data = editWorkbook(
      base.data,
      {
        自查表: {
          [`D${base.rows.get(b.code)!}`]: formatPoints(b.max),
          [`E${base.rows.get(a.code)!}`]: null,
        },
      },
      { formulas: { 自查表: { [`D${base.rows.get(a.code)!}`]: '0+1' } } },
    )
    const r = importSelfAssessments(pkg, [{ name: '公式.xlsx', data }], ctx)
    expect(r.files[0]!.status).toBe('imported')
    expect(lines(r, 'warning')).toEqual([
      `公式.xlsx · 自查表 · D${base.rows.get(a.code)!}: 得分单元格含公式，已按其计算结果导入`,
      `公式.xlsx · 自查表 · E${base.rows.get(a.code)!}: 得分 1.00 低于满分 ${formatPoints(a.max)}，未填写自评说明`,
      `公式.xlsx · 自查表 · D${base.rows.get(b.code)!}: 得分以文本形式填写，已按数字 ${formatPoints(b.max)} 读取`,
    ])
  })

  it('reads an old .xls saved from the template, with a warning', () => {
    const base = filledTemplate(pkg, 2)
    const xls = editWorkbook(base.data, {}, { bookType: 'xls' })
    const r = importSelfAssessments(pkg, [{ name: '旧版.xls', data: xls }], ctx)
    expect(lines(r, 'error')).toEqual([])
    expect(r.files[0]!.status).toBe('imported')
    expect(lines(r, 'warning')).toContain(
      '旧版.xls: 旧版 .xls 格式：已读取，但无法识别公式，建议另存为 .xlsx',
    )
  })

  it('refuses a zip that declares an entry too big to be a 自查表', () => {
    const r = importSelfAssessments(pkg, [{ name: '谎报.xlsx', data: lyingZip(pkg) }], ctx)
    expect(lines(r, 'error')).toEqual([
      '谎报.xlsx: 文件内部条目 xl/_rels/workbook.xml.rels 解压后过大，疑似压缩炸弹',
    ])
    expect(r.pkg).toBe(pkg)
  })

  it('clamps a sheet whose declared range covers the whole grid', () => {
    const data = stretchedRange(filledTemplate(pkg, 0).data)
    const r = importSelfAssessments(pkg, [{ name: '超大范围.xlsx', data }], ctx)
    expect(r.files[0]!.status).toBe('imported')
  })
})

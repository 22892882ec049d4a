import { describe, expect, it } from 'vitest'
import { createSampleYear } from '../../src/domain'
import {
  readCriteriaWorkbook,
  writeCriteriaWorkbook,
} from '../../src/excel/criteria/criteria-workbook'
import { formatProblem } from '../../src/excel/report'
import { readRosterWorkbook, writeRosterWorkbook } from '../../src/excel/roster/roster-workbook'
import { editWorkbook } from './fill-template'

const pkg = createSampleYear()

describe('roster workbook', () => {
  it('round-trips every unit', () => {
    const r = readRosterWorkbook({
      name: '名册.xlsx',
      data: writeRosterWorkbook(pkg.units, pkg.year),
    })
    expect(r.ok && r.units).toEqual(pkg.units)
  })
  it('names the cell of a bad sequence', () => {
    const data = editWorkbook(writeRosterWorkbook(pkg.units, pkg.year), {
      单位名册: { C3: '其他' },
    })
    const r = readRosterWorkbook({ name: '名册.xlsx', data })
    expect(r.ok).toBe(false)
    expect(r.problems.map(formatProblem)).toEqual([
      '名册.xlsx · 单位名册 · C3: 序列应为“乡镇（街道）和园区”或“县级部门”',
    ])
  })
})

describe('criteria workbook', () => {
  it('round-trips both sequences', () => {
    for (const seq of ['township', 'department'] as const) {
      const sheet = pkg.criteria[seq]
      const r = readCriteriaWorkbook(
        { name: '细则.xlsx', data: writeCriteriaWorkbook(sheet, pkg.year) },
        seq,
        sheet.version,
      )
      expect(r.ok && r.sheet.categories).toEqual(sheet.categories)
      expect(r.ok && r.sheet.vetoes).toEqual(sheet.vetoes)
    }
  })
  it('refuses a sheet that no longer sums to 100', () => {
    const data = editWorkbook(writeCriteriaWorkbook(pkg.criteria.township, pkg.year), {
      考评细则: { D3: 99 },
    })
    const r = readCriteriaWorkbook({ name: '细则.xlsx', data }, 'township', 2)
    expect(r.ok).toBe(false)
    expect(r.problems.some((p) => p.message.includes('100'))).toBe(true)
  })
})

import * as XLSX from 'xlsx'
import { describe, expect, it } from 'vitest'
import { formatProblem } from '../../src/excel'
import { readLedgerWorkbook, readDate } from '../../src/excel/ledger/ledger-workbook'
import {
  CENTRAL,
  FILM_GENERAL,
  LEDGER_UNITS,
  filledLedger,
  ledgerTemplate,
  withUnsavedFormula,
} from './ledger-fixtures'

const read = (data: Uint8Array, known: Parameters<typeof readLedgerWorkbook>[2] = []) =>
  readLedgerWorkbook({ name: '台账.xlsx', data }, LEDGER_UNITS, known)

describe('the ledger template', () => {
  it('has the table, a kind list and a points list on every fill-in row, and the units sheet', () => {
    const wb = XLSX.read(ledgerTemplate(), { type: 'array' })
    expect(wb.SheetNames).toEqual(['问题台账', '单位名单'])
    const ws = wb.Sheets['问题台账']!
    const row2 = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((c) => ws[`${c}2`]?.v)
    expect(row2).toEqual([
      '序号',
      '单位名称',
      '问题类别',
      '扣分',
      '通报日期',
      '来源文件',
      '问题描述',
    ])
    expect(ws['A32']?.v).toBe(30)
    const units = wb.Sheets['单位名单']!
    expect([units['A2']?.v, units['A3']?.v]).toEqual(['青山镇', '县住建局'])
  })

  it('an untouched template imports nothing and says so', () => {
    const r = read(ledgerTemplate())
    expect(r.ok).toBe(false)
    expect(r.problems.map(formatProblem)).toEqual(['台账.xlsx · 问题台账: 表中没有填写任何问题'])
  })
})

describe('reading a filled ledger', () => {
  it('previews each problem with unit, kind, the points the rule sets, date and source', () => {
    const r = read(
      filledLedger([
        ['青山镇', CENTRAL, -10, '2026-03-15', '中央督察通报〔2026〕3号', '河道垃圾未清理'],
        ['县住建局', FILM_GENERAL, null, 46150, '警示片（2026）', '渣土未覆盖'],
        ['县住建局', FILM_GENERAL, 5, '2026年4月1日', '省督察通报', '扬尘'],
      ]),
    )
    expect(r.problems).toEqual([])
    expect(r.ok).toBe(true)
    expect(
      r.rows.map((x) => [x.row, x.unitName, x.kind, x.points, x.date, x.source, x.description]),
    ).toEqual([
      [
        3,
        '青山镇',
        'centralInspectionTypical',
        1000,
        '2026-03-15',
        '中央督察通报〔2026〕3号',
        '河道垃圾未清理',
      ],
      [4, '县住建局', 'nationalFilmGeneral', 500, '2026-05-08', '警示片（2026）', '渣土未覆盖'],
      [5, '县住建局', 'nationalFilmGeneral', 500, '2026-04-01', '省督察通报', '扬尘'],
    ])
  })

  it('names every refused cell: unknown unit, unknown kind, points not the rule, bad date, no source', () => {
    const r = read(
      filledLedger([
        ['青山乡', CENTRAL, null, '2026-03-15', '通报', '问题一'],
        ['青山镇', '市督察通报', null, '2026-03-15', '通报', '问题二'],
        ['青山镇', FILM_GENERAL, -10, '2026-02-30', '', '问题三'],
        ['县住建局', CENTRAL, null, '三月', '通报', ''],
      ]),
    )
    expect(r.ok).toBe(false)
    expect(r.rows).toEqual([])
    expect(r.problems.map(formatProblem)).toEqual([
      '台账.xlsx · 问题台账 · B3: 名册中没有单位“青山乡”，请按“单位名单”填写',
      '台账.xlsx · 问题台账 · C4: 问题类别“市督察通报”不是考核办法第二十一条所列的四类之一',
      '台账.xlsx · 问题台账 · D5: 扣分 -10 与问题类别不符：该类别每个问题扣 5.00 分，请填 -5 或留空',
      '台账.xlsx · 问题台账 · E5: 通报日期“2026-02-30”没有这一天',
      '台账.xlsx · 问题台账 · F5: 来源文件不能为空：填写通报文号或警示片名称',
      '台账.xlsx · 问题台账 · E6: 通报日期“三月”看不懂，请写成 2026-03-15',
      '台账.xlsx · 问题台账 · G6: 问题描述不能为空',
    ])
  })

  it('refuses a problem listed twice, or already in the ledger', () => {
    const p = ['青山镇', CENTRAL, null, '2026-03-15', '通报1号', '河道垃圾']
    const r = read(
      filledLedger([p, p, ['县住建局', CENTRAL, null, '2026-03-15', '通报2号', '扬尘']]),
      [
        {
          unitId: 'u2',
          kind: 'centralInspectionTypical',
          date: '2026-03-15',
          source: '通报2号',
          description: '扬尘',
        },
      ],
    )
    expect(r.problems.map(formatProblem)).toEqual([
      '台账.xlsx · 问题台账 · G4: 与第 3 行重复',
      '台账.xlsx · 问题台账 · G5: 台账中已有这个问题（单位、类别、日期、来源、描述都相同）',
    ])
  })

  it('refuses a formula saved without its result, a renamed sheet and a file that is not a workbook', () => {
    const f = read(
      withUnsavedFormula(filledLedger([['青山镇', CENTRAL, null, 46096, '通报', '问题']]), 'E3'),
    )
    expect(f.problems.map(formatProblem)).toEqual([
      '台账.xlsx · 问题台账 · E3: 公式没有计算结果，请在 Excel 或 WPS 中打开并保存后再导入',
    ])
    const renamed = XLSX.read(ledgerTemplate(), { type: 'array' })
    renamed.SheetNames[0] = '台账'
    renamed.Sheets['台账'] = renamed.Sheets['问题台账']!
    delete renamed.Sheets['问题台账']
    const bytes = new Uint8Array(
      XLSX.write(renamed, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
    )
    expect(read(bytes).problems.map(formatProblem)).toEqual([
      '台账.xlsx: 找不到工作表“问题台账”（文件中的工作表：台账、单位名单）',
    ])
    expect(read(new TextEncoder().encode('hello')).ok).toBe(false)
  })
})

describe('readDate', () => {
  it('takes Excel day numbers and the ways dates are typed, and refuses the rest', () => {
    expect(
      [46096, '2026/3/15', '2026.3.15', '2026年3月15日', ' 2026-03-15 '].map(readDate),
    ).toEqual(Array(5).fill({ ok: true, value: '2026-03-15' }))
    expect([readDate(46096.5).ok, readDate('15/3/2026').ok, readDate(null).ok]).toEqual([
      false,
      false,
      false,
    ])
  })
})

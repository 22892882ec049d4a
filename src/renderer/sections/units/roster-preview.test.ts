import { describe, expect, it } from 'vitest'
import type { UnitRow } from '../../../db'
import { writeRosterWorkbook } from '../../../excel'
import * as XLSX from 'xlsx'
import { editWorkbook } from '../../../../tests/excel/fill-template'
import { exportOrder, previewRoster } from './roster-preview'

const row = (id: string, name: string, sequence: UnitRow['sequence'] = 'township'): UnitRow => ({
  id,
  yearId: 'y1',
  name,
  sequence,
  kind: sequence === 'township' ? '乡镇' : '部门',
  leaders: [{ role: 'secretary', name: '李明', title: '党委书记' }],
  contact: { name: '周红', phone: '0830-1234567' },
  retired: false,
})

/** Appends rows below the roster, as a clerk typing new units at the bottom would. */
function withRows(bytes: Uint8Array, rows: string[][]): Uint8Array {
  const wb = XLSX.read(bytes, { type: 'array' })
  XLSX.utils.sheet_add_aoa(wb.Sheets['单位名册']!, rows, { origin: -1 })
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}

const existing = [row('a', '青山镇'), row('b', '白云乡'), row('c', '县水利局', 'department')]

describe('roster preview', () => {
  it('counts new and changed units per sequence and names each change', () => {
    const edited = editWorkbook(writeRosterWorkbook(exportOrder(existing), 2026), {
      // 白云乡's contact (rows follow the export order: 白云乡, 青山镇, 县水利局)
      单位名册: { K3: '赵六' },
    })
    const data = withRows(edited, [
      ['', '红岩镇', '乡镇（街道）和园区', '乡镇'],
      ['', '县林业局', '县级部门', '部门'],
    ])
    const p = previewRoster({ name: '名册.xlsx', data }, existing)
    expect(p.errors).toEqual([])
    expect(p.added.map((u) => u.name)).toEqual(['红岩镇', '县林业局'])
    expect(p.counts).toEqual([
      { sequence: 'township', label: '乡镇（街道）和园区', added: 1, changed: 1 },
      { sequence: 'department', label: '县级部门', added: 1, changed: 0 },
    ])
    expect(p.changed).toEqual([
      {
        name: '白云乡',
        formerName: null,
        sequence: 'township',
        fields: [{ label: '联系人', before: '周红 0830-1234567', after: '赵六 0830-1234567' }],
      },
    ])
    expect(p.unchanged).toBe(2)
  })

  it('warns when a unit moves to the other sequence', () => {
    const data = editWorkbook(writeRosterWorkbook(exportOrder(existing), 2026), {
      单位名册: { C3: '县级部门', D3: '部门' },
    })
    const p = previewRoster({ name: '名册.xlsx', data }, existing)
    expect(p.errors).toEqual([])
    expect(p.changed[0]!.fields.map((f) => f.label)).toEqual(['序列', '类别'])
    expect(p.warnings).toEqual([
      '单位“白云乡”的序列将由“乡镇（街道）和园区”改为“县级部门”：此后按新序列的细则考评、在新序列中排名。',
    ])
  })

  it('refuses moving a unit that has returned files or scores', () => {
    const data = editWorkbook(writeRosterWorkbook(exportOrder(existing), 2026), {
      单位名册: { C3: '县级部门', D3: '部门' },
    })
    const p = previewRoster({ name: '名册.xlsx', data }, existing, new Set(['b']))
    expect(p.errors).toEqual([
      '名册.xlsx · 单位名册 · 第 3 行: 单位“白云乡”已有自查材料或评分，不能改换序列（确需调整时，请撤销该单位，再在另一序列新增）',
    ])
  })

  it('refuses a file with a bad cell or a name twice, naming file, sheet and row', () => {
    const bad = editWorkbook(writeRosterWorkbook(existing, 2026), { 单位名册: { C4: '市级' } })
    expect(previewRoster({ name: '名册.xlsx', data: bad }, existing).errors).toEqual([
      '名册.xlsx · 单位名册 · C4: 序列应为“乡镇（街道）和园区”或“县级部门”',
    ])
    const twice = withRows(writeRosterWorkbook(existing, 2026), [
      ['', '红岩镇', '乡镇（街道）和园区'],
      ['', '红岩镇', '乡镇（街道）和园区'],
    ])
    const p = previewRoster({ name: '名册.xlsx', data: twice }, existing)
    expect(p.errors).toEqual(['名册.xlsx · 单位名册 · 第 7 行: 单位“红岩镇”在文件中出现了两次'])
    expect(p.units).toEqual([])
  })

  it('refuses what is not a workbook, in Chinese', () => {
    const p = previewRoster(
      { name: '名册.xlsx', data: new TextEncoder().encode('hello') },
      existing,
    )
    expect(p.errors).toHaveLength(1)
    expect(p.errors[0]).toMatch(/^名册\.xlsx: /)
  })
})

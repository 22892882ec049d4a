import { describe, expect, it } from 'vitest'
import { UnitSchema } from './unit'
import { describeIssues } from '../issues'
import { YearPackageSchema } from './year-package'

describe('UnitSchema', () => {
  it('accepts a township with leaders and a contact', () => {
    const r = UnitSchema.safeParse({
      id: 'u1',
      name: '青山镇',
      sequence: 'township',
      kind: '乡镇',
      leaders: [{ role: 'secretary', name: '张三', title: '镇党委书记' }],
      contact: { name: '李四', phone: '0851-1234567' },
    })
    expect(r.success).toBe(true)
    if (r.success) expect(r.data.retired).toBe(false)
  })
  it('refuses with Chinese messages that name the field', () => {
    const r = UnitSchema.safeParse({
      id: 'u1',
      name: ' ',
      sequence: 'county',
      kind: '部门',
      leaders: [],
      contact: { name: '', phone: 'abc' },
    })
    expect(r.success).toBe(false)
    if (r.success) return
    const lines = describeIssues(r.error)
    expect(lines).toContain('单位名称：不能为空')
    expect(lines).toContain('序列：应为 township、department 之一')
    expect(lines.some((l) => l.startsWith('联系人 · 联系电话'))).toBe(true)
  })
  it('refuses a department kind in the township sequence', () => {
    const r = UnitSchema.safeParse({
      id: 'u1',
      name: '县财政局',
      sequence: 'township',
      kind: '部门',
      leaders: [],
      contact: { name: '', phone: '' },
    })
    expect(r.success).toBe(false)
  })
})

describe('describeIssues', () => {
  it('says which list entry is wrong', () => {
    const r = YearPackageSchema.safeParse({ units: [{}, { id: 'x' }] })
    expect(r.success).toBe(false)
    if (r.success) return
    const lines = describeIssues(r.error)
    expect(lines).toContain('文件格式：不是考评通年度数据包')
    expect(lines).toContain('单位名册 第2项 · 单位名称：必填')
  })
})

describe('describeIssues fallback', () => {
  it('says in Chinese, with the field name, what zod would have said in English', () => {
    const r = YearPackageSchema.safeParse({
      format: 'kaopingtong-year',
      formatVersion: 1,
      approval: 5,
    })
    expect(r.success).toBe(false)
    if (r.success) return
    const lines = describeIssues(r.error)
    expect(lines).toContain('年度设置：必填')
    expect(lines).toContain('审定：应为一组字段')
    expect(lines).toContain('单位名册：应为列表')
    expect(lines.join()).not.toMatch(/Invalid|expected/)
  })
})

import { describe, expect, it } from 'vitest'
import { UnitEntrySchema, UnitSchema, phoneProblem } from './unit'
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

describe('phone numbers', () => {
  it('accepts a landline with its area code and an 11-digit mobile, written any usual way', () => {
    for (const phone of [
      '',
      '0851-1234567',
      '0851-12345678',
      '010-12345678',
      '(0851) 1234 5678',
      '13800000000',
      '138 0000 0000',
      '+86 13800000000',
    ]) {
      expect([phone, phoneProblem(phone)]).toEqual([phone, null])
    }
  })

  it('says what a plausible number looks like when one is too short, too long or lacks its area code', () => {
    const hint = '请填写带区号的固定电话（如 0851-12345678）或 11 位手机号'
    expect(phoneProblem('1234567')).toBe(`联系电话：“1234567”不像完整的号码，${hint}`)
    expect(phoneProblem('1380000000')).toBe(`联系电话：“1380000000”不像完整的号码，${hint}`)
    expect(phoneProblem('138000000001')).toBe(`联系电话：“138000000001”不像完整的号码，${hint}`)
    expect(phoneProblem('0851-123')).toBe(`联系电话：“0851-123”不像完整的号码，${hint}`)
    expect(phoneProblem('0851-123456789')).toBe(`联系电话：“0851-123456789”不像完整的号码，${hint}`)
  })

  it('checks the length where units are entered, not in stored records and old packages', () => {
    const unit = {
      id: 'u1',
      name: '青山镇',
      sequence: 'township',
      kind: '乡镇',
      leaders: [],
      contact: { name: '李四', phone: '1234567' },
    }
    expect(UnitSchema.safeParse(unit).success).toBe(true)
    const r = UnitEntrySchema.safeParse(unit)
    expect(r.success).toBe(false)
    if (r.success) return
    expect(describeIssues(r.error)).toEqual([
      '联系人 · 联系电话：“1234567”不像完整的号码，请填写带区号的固定电话（如 0851-12345678）或 11 位手机号',
    ])
    // Letters are refused once, by the character rule.
    const letters = UnitEntrySchema.safeParse({ ...unit, contact: { name: '', phone: '电话待定' } })
    expect(letters.success ? [] : describeIssues(letters.error)).toEqual([
      '联系人 · 联系电话：只能包含数字、空格和 + - ( )',
    ])
  })

  it('names the leaders 负责人, as the form does', () => {
    const r = UnitEntrySchema.safeParse({
      id: 'u1',
      name: '青山镇',
      sequence: 'township',
      kind: '乡镇',
      leaders: [{ role: 'chief', name: '', title: '镇长' }],
      contact: { name: '', phone: '' },
    })
    expect(r.success ? [] : describeIssues(r.error)).toEqual([
      '负责人 第1项 · 负责人姓名：不能为空',
    ])
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

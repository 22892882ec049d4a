import { describe, expect, it } from 'vitest'
import { cleanProfile, principalLeaders, readProfile, unitFieldErrors } from './unit-profile'

describe('unit profile', () => {
  it('reads a stored profile and fills what is missing from the sequence', () => {
    expect(readProfile({}, 'department')).toEqual({
      kind: '部门',
      leaders: [],
      contact: { name: '', phone: '' },
    })
    const p = readProfile(
      {
        kind: '街道',
        leaders: [{ role: 'chief', name: '李强', title: '主任' }, 'junk'],
        contact: { name: '赵六', phone: '0871-1234567' },
      },
      'township',
    )
    expect(p.kind).toBe('街道')
    expect(p.leaders).toEqual([{ role: 'chief', name: '李强', title: '主任' }])
    expect(principalLeaders(p)).toBe('李强（主任）')
  })

  it('puts each problem under its own field, in the words of the domain', () => {
    const bad = readProfile(
      {
        kind: '部门',
        leaders: [
          { role: 'chief', name: '李强', title: '镇长' },
          { role: 'deputy', name: ' ' },
        ],
        contact: { phone: '1234567' },
      },
      'township',
    )
    expect(unitFieldErrors(' ', 'township', bad)).toEqual({
      name: '单位名称：不能为空',
      'leaders.1.name': '负责人姓名：不能为空',
      'leaders.1.title': '负责人职务：不能为空',
      'contact.phone':
        '联系电话：“1234567”不像完整的号码，请填写带区号的固定电话（如 0851-12345678）或 11 位手机号',
      kind: '单位类别：部门属于“县级部门”序列，乡镇、街道、园区属于“乡镇（街道）和园区”序列',
    })
  })

  it('has nothing to say about a clean unit', () => {
    const good = cleanProfile({
      kind: '乡镇',
      leaders: [{ role: 'secretary', name: ' 王五 ', title: '镇党委书记' }],
      contact: { name: '赵六', phone: ' 13800000000 ' },
    })
    expect(unitFieldErrors('青山镇', 'township', good)).toEqual({})
  })
})

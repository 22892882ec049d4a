import { describe, expect, it } from 'vitest'
import { cleanProfile, principalLeaders, profileProblems, readProfile } from './unit-profile'

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
        leaders: [{ role: '政府主要负责人', name: '李强', title: '主任' }, 'junk'],
        contact: { name: '赵六', phone: '0871-1234567' },
      },
      'township',
    )
    expect(p.kind).toBe('街道')
    expect(p.leaders).toEqual([{ role: '政府主要负责人', name: '李强', title: '主任' }])
    expect(principalLeaders(p)).toBe('李强（主任）')
  })

  it('names each problem and accepts a clean profile', () => {
    const bad = readProfile(
      { leaders: [{ role: '分管负责人', name: ' ' }], contact: { phone: 'abc' } },
      'township',
    )
    expect(profileProblems(bad)).toEqual([
      '第 1 位负责人未填姓名',
      '联系电话“abc”格式不对，只能包含数字、空格、横线和括号',
    ])
    const good = cleanProfile({
      kind: '乡镇',
      leaders: [{ role: '党委（党组）书记', name: ' 王五 ', title: '书记' }],
      contact: { name: '赵六', phone: ' 13800000000 ' },
    })
    expect(profileProblems(good)).toEqual([])
    expect(good.contact.phone).toBe('13800000000')
  })
})

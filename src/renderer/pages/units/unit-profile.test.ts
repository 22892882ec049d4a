import { describe, expect, it } from 'vitest'
import { cleanProfile, principalLeaders, readProfile, unitProblems } from './unit-profile'

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

  it('lets the domain name each problem and accepts a clean unit', () => {
    const bad = readProfile(
      { kind: '部门', leaders: [{ role: 'deputy', name: ' ' }], contact: { phone: 'abc' } },
      'township',
    )
    const problems = unitProblems('青山镇', 'township', bad)
    expect(problems.some((m) => m.includes('负责人姓名'))).toBe(true)
    expect(problems.some((m) => m.includes('联系电话'))).toBe(true)
    expect(problems.some((m) => m.includes('单位类别'))).toBe(true)
    const good = cleanProfile({
      kind: '乡镇',
      leaders: [{ role: 'secretary', name: ' 王五 ', title: '镇党委书记' }],
      contact: { name: '赵六', phone: ' 13800000000 ' },
    })
    expect(unitProblems('青山镇', 'township', good)).toEqual([])
    expect(unitProblems(' ', 'township', good).join()).toContain('单位名称')
  })
})

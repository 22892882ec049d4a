import { describe, expect, it } from 'vitest'
import { inRosterOrder } from './unit-order'

describe('inRosterOrder', () => {
  it('puts 乡镇（街道）和园区 before 县级部门 and keeps the roster order within each', () => {
    // As listUnits returns them: by pinyin across both sequences.
    const units = [
      { name: '白水镇', sequence: 'township' as const },
      { name: '县财政局', sequence: 'department' as const },
      { name: '青山镇', sequence: 'township' as const },
      { name: '县发展和改革局', sequence: 'department' as const },
      { name: '桃源镇', sequence: 'township' as const },
    ]
    expect(inRosterOrder(units).map((u) => u.name)).toEqual([
      '白水镇',
      '青山镇',
      '桃源镇',
      '县财政局',
      '县发展和改革局',
    ])
  })
})

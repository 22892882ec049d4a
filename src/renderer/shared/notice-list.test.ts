import { describe, expect, it } from 'vitest'
import { addNotice, noticesOnPage, type Notice } from './notice-list'

const notice = (id: number, kind: Notice['kind'], title: string, page = '#/units'): Notice => ({
  id,
  kind,
  title,
  page,
})

describe('notice stack', () => {
  it('keeps the newest three, oldest first', () => {
    let list: Notice[] = []
    for (let i = 1; i <= 5; i++) list = addNotice(list, notice(i, 'error', `错误${i}`))
    expect(list.map((n) => [n.id, n.title])).toEqual([
      [3, '错误3'],
      [4, '错误4'],
      [5, '错误5'],
    ])
  })

  it('replaces a notice with the same words instead of stacking a copy', () => {
    let list = addNotice([], notice(1, 'error', '未能完成，数据没有改动'))
    list = addNotice(list, notice(2, 'success', '已新增 1 个单位：青山镇'))
    list = addNotice(list, notice(3, 'error', '未能完成，数据没有改动'))
    expect(list.map((n) => [n.id, n.kind, n.title])).toEqual([
      [2, 'success', '已新增 1 个单位：青山镇'],
      [3, 'error', '未能完成，数据没有改动'],
    ])
  })

  it('drops the errors of another page when the office moves on, and keeps the rest', () => {
    const list = [
      notice(1, 'error', '未能导出名册', '#/units'),
      notice(2, 'success', '已保存细则', '#/criteria'),
      notice(3, 'error', '未能保存细则', '#/criteria'),
    ]
    expect(noticesOnPage(list, '#/criteria').map((n) => n.id)).toEqual([2, 3])
    expect(noticesOnPage(list, '#/scoring').map((n) => n.id)).toEqual([2])
    // Nothing to drop: the same list, so React does not re-render the stack.
    const criteria = list.slice(1)
    expect(noticesOnPage(criteria, '#/criteria')).toBe(criteria)
  })
})

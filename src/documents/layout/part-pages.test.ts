import { describe, expect, it } from 'vitest'
import { partPages } from './part-pages'

const placed = (...pages: number[]) => ({ positions: pages.map((pageNumber) => ({ pageNumber })) })

describe('partPages', () => {
  it('counts each part from its first node’s page to the next part’s', () => {
    const at = partPages([placed(1), placed(3, 3), placed(4)])
    expect([1, 2, 3, 4, 5, 6].map((p) => at(p, 6))).toEqual([
      { page: 1, count: 2 },
      { page: 2, count: 2 },
      { page: 1, count: 1 },
      { page: 1, count: 3 },
      { page: 2, count: 3 },
      { page: 3, count: 3 },
    ])
    expect(partPages([placed(1)])(2, 3)).toEqual({ page: 2, count: 3 })
  })

  it('numbers the whole file when the nodes cannot be this file’s parts', () => {
    for (const firsts of [
      [],
      [{}, placed(2)],
      [{ positions: [] }],
      [placed(2), placed(3)],
      [placed(1), placed(1)],
      [placed(1), placed(3), placed(2)],
      [placed(1), placed(9)],
    ])
      expect(partPages(firsts)(3, 5)).toEqual({ page: 3, count: 5 })
  })
})

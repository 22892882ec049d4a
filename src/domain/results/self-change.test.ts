import { describe, expect, it } from 'vitest'
import { nextSelfChangeMark } from './self-change'

const AT = '2027-01-05T08:00:00.000Z'
const mark = (from: number | null, to: number | null, version = 2) => ({
  from,
  to,
  version,
  at: AT,
})

describe('nextSelfChangeMark (自评已更新)', () => {
  it('marks a score whose item’s self score changed and no longer matches it', () => {
    expect(nextSelfChangeMark({ score: 300 }, 400, 200, 2, AT)).toEqual(mark(400, 200))
  })

  it('leaves unmarked a score the new self score now matches', () => {
    expect(nextSelfChangeMark({ score: 300 }, 400, 300, 2, AT)).toBeNull()
  })

  it('keeps the self score the reviewer saw across a third version', () => {
    const seen = mark(400, 200)
    expect(nextSelfChangeMark({ score: 300, selfChanged: seen }, 200, 100, 3, AT)).toEqual(
      mark(400, 100, 3),
    )
  })

  it('drops the mark when the unit goes back to what the reviewer saw', () => {
    const seen = mark(400, 200)
    expect(nextSelfChangeMark({ score: 300, selfChanged: seen }, 200, 400, 3, AT)).toBeNull()
  })

  it('keeps any mark on an item whose self score did not change', () => {
    const seen = mark(400, 200)
    expect(nextSelfChangeMark({ score: 300, selfChanged: seen }, 200, 200, 3, AT)).toBe(seen)
    expect(nextSelfChangeMark({ score: 300 }, 200, 200, 3, AT)).toBeNull()
  })

  it('treats an emptied self score as a change', () => {
    expect(nextSelfChangeMark({ score: 300 }, 400, null, 2, AT)).toEqual(mark(400, null))
  })
})

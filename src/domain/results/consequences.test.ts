import { describe, expect, it } from 'vitest'
import { consequencesOf } from './consequences'

describe('interview grounds in short', () => {
  it('say each ground in a few characters, the points as the rules write them', () => {
    const shorts = (interview: boolean, ledgerPoints: number) =>
      consequencesOf({ interview, ledgerPoints }).grounds.map((g) => g.short)
    expect(shorts(true, 0)).toEqual(['排名后三位'])
    expect(shorts(false, 1000)).toEqual([])
    expect(shorts(false, 2000)).toEqual(['台账扣20分'])
    expect(shorts(true, 3000)).toEqual(['排名后三位', '台账扣30分'])
    expect(shorts(false, 2750)).toEqual(['台账扣27.5分'])
    expect(shorts(false, 10000)).toEqual(['台账扣100分'])
  })
})

import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sha256Hex } from './sha256'

describe('sha256Hex', () => {
  it('matches the published test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
  })

  it('agrees with Node on any text, Chinese and block boundaries included', () => {
    const edge = ['考评通', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), '审'.repeat(200)]
    for (const s of edge) expect(sha256Hex(s)).toBe(createHash('sha256').update(s).digest('hex'))
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'))
      }),
    )
  })
})

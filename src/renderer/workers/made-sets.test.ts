import { describe, expect, it } from 'vitest'
import { createSampleYear } from '../../domain'
import { defaultDocumentOptions } from '../../documents'
import { MadeSets, madeSetKey } from './made-sets'

describe('madeSetKey', () => {
  const pkg = createSampleYear()
  const options = defaultDocumentOptions(pkg)
  const key = madeSetKey('set', pkg, options)

  it('is the same for the same data and options read again later', () => {
    const again = structuredClone(pkg)
    again.exportedAt = '2031-01-01T00:00:00.000Z'
    // Options built anew, their keys in another order: the same options.
    const { scoreSheetPerUnit, ...rest } = structuredClone(options)
    expect(madeSetKey('set', again, { scoreSheetPerUnit, ...rest })).toBe(key)
  })

  it('changes with the kind, any data and any option', () => {
    expect(madeSetKey('notice', pkg, options)).not.toBe(key)

    const rescored = structuredClone(pkg)
    rescored.scores[0]!.score += 1
    expect(madeSetKey('set', rescored, options)).not.toBe(key)

    const renamed = structuredClone(pkg)
    renamed.units[0]!.name = `${renamed.units[0]!.name}（改）`
    expect(madeSetKey('set', renamed, options)).not.toBe(key)

    const perUnit = { ...options, scoreSheetPerUnit: !options.scoreSheetPerUnit }
    expect(madeSetKey('set', pkg, perUnit)).not.toBe(key)
    const otherNumber = { ...options, notice: { ...options.notice, docNumber: '另一个字号' } }
    expect(madeSetKey('set', pkg, otherNumber)).not.toBe(key)
    const cc = { ...options, notice: { ...options.notice, cc: [...options.notice.cc, '县档案馆'] } }
    expect(madeSetKey('set', pkg, cc)).not.toBe(key)
  })
})

describe('MadeSets', () => {
  it('keeps the last answers, dropping the least recently asked', () => {
    const made = new MadeSets<string>(2)
    made.put('a', 'A')
    made.put('b', 'B')
    expect(made.get('a')).toBe('A')
    made.put('c', 'C')
    expect(made.get('b')).toBeUndefined()
    expect([made.get('a'), made.get('c')]).toEqual(['A', 'C'])
    made.clear()
    expect(made.get('a')).toBeUndefined()
  })
})

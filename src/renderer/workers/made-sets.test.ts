import { describe, expect, it } from 'vitest'
import { createSampleYear } from '../../domain'
import { defaultDocumentOptions } from '../../documents/options'
import { MadeSets, guideKey, madeSetKey } from './made-sets'

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

describe('guideKey', () => {
  const year = { year: 2026, settings: { countyName: '云溪县', returnDeadline: '2027-01-10' } }
  const key = guideKey('fill', year, '2027-01-05')

  it('is the same for the same fields, and never a document set key', () => {
    const { settings, ...rest } = structuredClone(year)
    expect(guideKey('fill', { settings, ...rest }, '2027-01-05')).toBe(key)
    expect(key.startsWith('guide:')).toBe(true)
  })

  it('changes with the kind, the printed fields and the printing date', () => {
    expect(guideKey('manual', year, '2027-01-05')).not.toBe(key)
    expect(guideKey('fill', year, '2027-01-06')).not.toBe(key)
    const contact = { ...year, settings: { ...year.settings, returnContact: '环保办 张三' } }
    expect(guideKey('fill', contact, '2027-01-05')).not.toBe(key)
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

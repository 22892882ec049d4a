import { describe, expect, it } from 'vitest'
import { defaultDepartmentCriteria, defaultTownshipCriteria } from '../../../domain'
import { writeCriteriaWorkbook } from '../../../excel'
import { editWorkbook } from '../../../../tests/excel/fill-template'
import { titledSequence } from './file-sequence'

describe('titledSequence', () => {
  it('reads the sequence from the exported title row', () => {
    expect(titledSequence(writeCriteriaWorkbook(defaultTownshipCriteria(), 2026))).toBe('township')
    expect(titledSequence(writeCriteriaWorkbook(defaultDepartmentCriteria(), 2026))).toBe(
      'department',
    )
  })

  it('is null for a title naming no sequence, and for what is not a workbook', () => {
    const plain = editWorkbook(writeCriteriaWorkbook(defaultTownshipCriteria(), 2026), {
      考评细则: { A1: '考评细则' },
    })
    expect(titledSequence(plain)).toBeNull()
    expect(titledSequence(new TextEncoder().encode('not a workbook'))).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { cellText, figure } from './cell-format'

describe('cell formats', () => {
  it('shows two places in the input cells as in the figures beside them', () => {
    expect(cellText(400)).toBe('4.00')
    expect(cellText(250)).toBe('2.50')
    expect(cellText(825)).toBe('8.25')
    expect(cellText(0)).toBe('0.00')
    expect(cellText(null)).toBe('')
    expect(figure(400)).toBe('4.00')
    expect(figure(250)).toBe('2.50')
    expect(figure(null)).toBe('—')
  })
})

import { describe, expect, it } from 'vitest'
import { cellText, figure } from './cell-format'

describe('cell formats', () => {
  it('drops trailing zeros in cells and keeps two places in figures', () => {
    expect(cellText(800)).toBe('8')
    expect(cellText(850)).toBe('8.5')
    expect(cellText(825)).toBe('8.25')
    expect(cellText(null)).toBe('')
    expect(figure(800)).toBe('8.00')
    expect(figure(null)).toBe('—')
  })
})

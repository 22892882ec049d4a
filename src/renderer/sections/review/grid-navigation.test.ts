import { describe, expect, it } from 'vitest'
import { moveForKey, moveFrom } from './grid-navigation'

describe('moveFrom', () => {
  it('moves up and down within the column and stops at the edges', () => {
    expect(moveFrom({ row: 2, col: 0 }, 'down', 5)).toEqual({ row: 3, col: 0 })
    expect(moveFrom({ row: 4, col: 1 }, 'down', 5)).toEqual({ row: 4, col: 1 })
    expect(moveFrom({ row: 0, col: 0 }, 'up', 5)).toEqual({ row: 0, col: 0 })
  })

  it('walks score → reason → next score with Tab and back with Shift+Tab', () => {
    expect(moveFrom({ row: 1, col: 0 }, 'next', 5)).toEqual({ row: 1, col: 1 })
    expect(moveFrom({ row: 1, col: 1 }, 'next', 5)).toEqual({ row: 2, col: 0 })
    expect(moveFrom({ row: 4, col: 1 }, 'next', 5)).toEqual({ row: 4, col: 1 })
    expect(moveFrom({ row: 2, col: 0 }, 'previous', 5)).toEqual({ row: 1, col: 1 })
    expect(moveFrom({ row: 0, col: 0 }, 'previous', 5)).toEqual({ row: 0, col: 0 })
  })

  it('switches columns with left and right', () => {
    expect(moveFrom({ row: 3, col: 0 }, 'right', 5)).toEqual({ row: 3, col: 1 })
    expect(moveFrom({ row: 3, col: 1 }, 'left', 5)).toEqual({ row: 3, col: 0 })
  })
})

describe('moveForKey', () => {
  const caret = (start: number, end: number, length: number) => ({ start, end, length })

  it('maps Enter, Tab and the vertical arrows to moves', () => {
    expect(moveForKey('Enter', false, caret(0, 0, 0))).toBe('down')
    expect(moveForKey('Enter', true, caret(0, 0, 0))).toBe('up')
    expect(moveForKey('Tab', true, caret(0, 0, 0))).toBe('previous')
    expect(moveForKey('ArrowDown', false, caret(1, 1, 3))).toBe('down')
  })

  it('leaves left/right to the text field unless the caret sits at that edge', () => {
    expect(moveForKey('ArrowLeft', false, caret(1, 1, 3))).toBeNull()
    expect(moveForKey('ArrowLeft', false, caret(0, 0, 3))).toBe('left')
    expect(moveForKey('ArrowRight', false, caret(3, 3, 3))).toBe('right')
    expect(moveForKey('ArrowRight', false, caret(0, 3, 3))).toBeNull()
    expect(moveForKey('a', false, caret(0, 0, 0))).toBeNull()
  })
})

/**
 * Where the focus goes from a cell of the score grid, as in a spreadsheet. Two columns per row:
 * the score (0) and the reason (1). Enter and the arrows up/down stay in the column; Tab walks
 * score → reason → next row's score (Shift+Tab back). The focus never leaves the grid.
 */
export interface CellPos {
  row: number
  col: 0 | 1
}

export type GridMove = 'up' | 'down' | 'left' | 'right' | 'next' | 'previous'

export function moveFrom(pos: CellPos, move: GridMove, rowCount: number): CellPos {
  const last = Math.max(0, rowCount - 1)
  const clampRow = (r: number) => Math.min(last, Math.max(0, r))
  switch (move) {
    case 'up':
      return { row: clampRow(pos.row - 1), col: pos.col }
    case 'down':
      return { row: clampRow(pos.row + 1), col: pos.col }
    case 'left':
      return { row: pos.row, col: 0 }
    case 'right':
      return { row: pos.row, col: 1 }
    case 'next':
      if (pos.col === 0) return { row: pos.row, col: 1 }
      return pos.row >= last ? pos : { row: pos.row + 1, col: 0 }
    case 'previous':
      if (pos.col === 1) return { row: pos.row, col: 0 }
      return pos.row <= 0 ? pos : { row: pos.row - 1, col: 1 }
  }
}

/**
 * The move a key asks for, or null when the key belongs to the text field. Left/right only
 * leave a cell when the caret is already at that edge, so editing a reason stays natural.
 */
export function moveForKey(
  key: string,
  shift: boolean,
  caret: { start: number; end: number; length: number },
): GridMove | null {
  switch (key) {
    case 'Enter':
      return shift ? 'up' : 'down'
    case 'Tab':
      return shift ? 'previous' : 'next'
    case 'ArrowUp':
      return 'up'
    case 'ArrowDown':
      return 'down'
    case 'ArrowLeft':
      return caret.start === 0 && caret.end === 0 ? 'left' : null
    case 'ArrowRight':
      return caret.start === caret.length && caret.end === caret.length ? 'right' : null
    default:
      return null
  }
}

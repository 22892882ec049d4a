/**
 * How tall a row must be for its wrapped text. LibreOffice keeps a row without a stored height
 * at one line, so on paper the lines of 考评内容, 评分标准 and 说明 print over each other; the
 * writer therefore stores every row's height, estimated here from the text and column widths.
 */

/** Column width units per character: CJK and full-width forms take two, like a digit pair. */
export function displayWidth(text: string): number {
  let w = 0
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    w += code >= 0x1100 && !(code >= 0xff61 && code <= 0xff9f) ? 2 : 1.1
  }
  return w
}

/** Lines a text takes in a column `width` characters wide, counting its own line breaks. */
export function wrappedLines(text: string, width: number): number {
  // A cell loses about one character to its padding. In LibreOffice an ideograph is nearer 1.6
  // width units than 2, so rows come out a little tall there; too tall prints, too short clips.
  const perLine = Math.max(2, width - 1)
  return text
    .split(/\r?\n/)
    .reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / perLine)), 0)
}

/** Points per line of 11 pt text, with the line gap of the widest CJK fallback font. */
export const LINE_POINTS = 16
const PADDING_POINTS = 4

export function rowPoints(lines: number, fontPoints = 11): number {
  const perLine = fontPoints <= 11 ? LINE_POINTS : Math.ceil(fontPoints * 1.5)
  return Math.max(1, lines) * perLine + PADDING_POINTS
}

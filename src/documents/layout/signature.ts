import type { FontSet } from '../fonts/font-set'
import type { SignatureLayout } from '../notice/notice-input'
import { chineseDate } from './dates'
import { txt } from './text'
import { GRID, PAGE, mm } from './units'
import { TextWrapper } from './wrap'

/** A seal's diameter (GB/T 9704 shows Ø 42–45 mm for organs' seals). */
export const SEAL = mm(45)
const INDENT = 2 * GRID.charPitch

/**
 * 署名 and 成文日期 (GB/T 9704 7.3.5) of one organ or two issuing jointly, sealed or not.
 * A sealed layout that cannot keep the seals apart inside the 版心 (names far too long) is
 * set unsealed instead.
 */
export function signatureBlock(
  fonts: FontSet,
  organs: readonly string[],
  date: string,
  layout: SignatureLayout,
) {
  return (layout === 'sealed' && sealed(fonts, organs, date)) || unsealed(fonts, organs, date)
}

/**
 * Without seals (drafts): one blank line below the text, names stacked two characters from
 * the right, the date on the next line, its first character two right of the names' first.
 */
function unsealed(fonts: FontSet, organs: readonly string[], date: string) {
  const widest = Math.max(...organs.map((o) => width(fonts, o)))
  const nameLeft = PAGE.blockWidth - INDENT - widest
  return {
    margin: [0, GRID.linePitch, 0, 0],
    stack: [
      ...organs.map((o) =>
        txt(fonts, o, 'body', { alignment: 'right', margin: [0, 0, INDENT, 0] }),
      ),
      txt(fonts, chineseDate(date), 'body', { margin: [nameLeft + INDENT, 0, 0, 0] }),
    ],
  }
}

/**
 * With seals (7.3.5.1): the date four characters from the right. One organ: its name centred
 * on the date. Two: side by side, the lead office left, each name centred under its seal's
 * place; the second seal covers the second name and the date, the seals a character apart at
 * least and inside the 版心. Names sit on the third line after the text, so a seal centred on
 * them begins within one line below the text; room is kept below for the seals' lower half.
 */
function sealed(fonts: FontSet, organs: readonly string[], date: string) {
  const dateText = chineseDate(date)
  const dateRight = PAGE.blockWidth - 4 * GRID.charPitch
  const centre = dateRight - width(fonts, dateText) / 2
  const names = organs.map((o) => width(fonts, o))
  const centres =
    organs.length === 1
      ? [centre]
      : [
          centre - Math.max(SEAL + GRID.charPitch, (names[0]! + names[1]!) / 2 + GRID.charPitch),
          centre,
        ]
  const fits = centres.every(
    (x, i) =>
      x - Math.max(SEAL, names[i]!) / 2 >= 0 &&
      x + Math.max(SEAL, names[i]!) / 2 <= PAGE.blockWidth,
  )
  if (!fits || organs.length > 2) return null
  const columns: object[] = []
  let at = 0
  organs.forEach((o, i) => {
    const left = centres[i]! - names[i]! / 2
    columns.push({ width: left - at, text: '' })
    columns.push(txt(fonts, o, 'body', { width: names[i]! + 0.01, noWrap: true }))
    at = left + names[i]! + 0.01
  })
  const below = SEAL / 2 - 1.5 * GRID.linePitch
  return {
    margin: [0, GRID.linePitch * 2, 0, Math.max(0, below)],
    stack: [
      { columnGap: 0, columns },
      txt(fonts, dateText, 'body', { alignment: 'right', margin: [0, 0, 4 * GRID.charPitch, 0] }),
    ],
  }
}

function width(fonts: FontSet, text: string): number {
  const measure = new TextWrapper(fonts)
  return fonts
    .runs(text, 'body')
    .reduce((w, r) => w + measure.width(r.text, r.font, GRID.charPitch), 0)
}

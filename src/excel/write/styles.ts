/**
 * The workbook's style sheet, written whole: SheetJS Community writes a single default style.
 * Every cell the app writes refers to one of the named styles below by its index.
 */

const FONT = '<name val="宋体"/><family val="3"/><charset val="134"/>'
const FONTS = [
  `<font><sz val="11"/>${FONT}</font>`,
  `<font><b/><sz val="11"/>${FONT}</font>`,
  `<font><b/><sz val="16"/>${FONT}</font>`,
]
/** Light yellow: the cells the unit fills in, as printed forms shade them. */
const FILLS = [
  '<fill><patternFill patternType="none"/></fill>',
  '<fill><patternFill patternType="gray125"/></fill>',
  '<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill>',
]
const THIN = (side: string) => `<${side} style="thin"><color auto="1"/></${side}>`
const BORDERS = [
  '<border><left/><right/><top/><bottom/><diagonal/></border>',
  `<border>${['left', 'right', 'top', 'bottom'].map(THIN).join('')}<diagonal/></border>`,
]
/** Built-in number format 2 is 0.00. */
const POINTS_FORMAT = 2

interface Xf {
  font?: number
  fill?: number
  border?: boolean
  numFmt?: number
  horizontal?: 'left' | 'center'
  vertical?: 'top' | 'center'
  wrap?: boolean
  unlocked?: boolean
}

const XFS = {
  default: {},
  body: { border: true, horizontal: 'left', wrap: true },
  header: { font: 1, border: true, horizontal: 'center', wrap: true },
  title: { font: 2, horizontal: 'center' },
  bodyCentered: { border: true, horizontal: 'center', wrap: true },
  points: { border: true, horizontal: 'center', numFmt: POINTS_FORMAT },
  input: { border: true, fill: 2, horizontal: 'left', wrap: true, unlocked: true },
  inputPoints: {
    border: true,
    fill: 2,
    horizontal: 'center',
    numFmt: POINTS_FORMAT,
    unlocked: true,
  },
  inputCentered: { border: true, fill: 2, horizontal: 'center', unlocked: true },
  note: { horizontal: 'left', wrap: true },
  section: { font: 1, border: true, horizontal: 'left', wrap: true },
  total: { font: 1, border: true, horizontal: 'center' },
  totalPoints: { font: 1, border: true, horizontal: 'center', numFmt: POINTS_FORMAT },
} satisfies Record<string, Xf>

export type StyleName = keyof typeof XFS
const NAMES = Object.keys(XFS) as StyleName[]
export const STYLE = Object.fromEntries(NAMES.map((n, i) => [n, i])) as Record<StyleName, number>

function xf(x: Xf): string {
  const attrs = [
    `numFmtId="${x.numFmt ?? 0}"`,
    `fontId="${x.font ?? 0}"`,
    `fillId="${x.fill ?? 0}"`,
    `borderId="${x.border ? 1 : 0}"`,
    'xfId="0"',
    x.numFmt ? 'applyNumberFormat="1"' : '',
    x.font ? 'applyFont="1"' : '',
    x.fill ? 'applyFill="1"' : '',
    x.border ? 'applyBorder="1"' : '',
    'applyAlignment="1"',
    x.unlocked ? 'applyProtection="1"' : '',
  ].filter(Boolean)
  const align = `<alignment${x.horizontal ? ` horizontal="${x.horizontal}"` : ''} vertical="${x.vertical ?? 'center'}"${x.wrap ? ' wrapText="1"' : ''}/>`
  const protection = x.unlocked ? '<protection locked="0"/>' : ''
  return `<xf ${attrs.join(' ')}>${align}${protection}</xf>`
}

export function stylesXml(): string {
  const xfs = NAMES.map((n) => xf(XFS[n] as Xf))
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<fonts count="${FONTS.length}">${FONTS.join('')}</fonts>` +
    `<fills count="${FILLS.length}">${FILLS.join('')}</fills>` +
    `<borders count="${BORDERS.length}">${BORDERS.join('')}</borders>` +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>' +
    '<dxfs count="0"/><tableStyles count="0"/></styleSheet>'
  )
}

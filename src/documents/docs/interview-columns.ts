import type { FontSet, TextRun } from '../fonts/font-set'
import type { FontRole } from '../fonts/font-roles'
import { BLOCK_WIDTH } from '../notice/ranking-table'
import { TextWrapper } from '../layout/wrap'
import { PAGE, SIZE, mm } from '../layout/units'

/** 序号 | 单位 | 得分 | 排名 | 约谈对象 | 约谈人 | 时间 | 地点 | 备注 (the sequence is a group row). */
export const HEAD = [
  '序号',
  '单位',
  '得分',
  '排名',
  '约谈对象',
  '约谈人',
  '时间',
  '地点',
  '备注',
] as const
export const COL = {
  no: 0,
  unit: 1,
  total: 2,
  rank: 3,
  people: 4,
  interviewer: 5,
  time: 6,
  place: 7,
  reason: 8,
} as const

export const CELL = {
  fontSize: SIZE.wu,
  lineHeight: 1.15,
  /** Left and right of the text in every cell. */
  padding: 2,
  /** Above and below the text in every cell. */
  paddingV: 3,
  rule: 0.5,
  /**
   * 约谈人, 时间 and 地点 are left blank to be written in by hand: 18 mm between the rules
   * holds a name, `1月20日上午` or `县委第一会议室` in a hand of 4–5 mm per character on
   * two or three lines (22 mm squeezed unit names into three lines and 约谈对象 apart).
   */
  handWriting: mm(18),
  /** A unit row is at least this tall between its rules: two hand-written lines. */
  rowHeight: mm(10),
} as const

/** Padding either side and the rule on the left of every column. */
const GAP = 2 * CELL.padding + CELL.rule
/** Over a text's measured width, so float noise in pdfmake's sums never breaks its line. */
const SLACK = 0.5
/** A filled hand-writing column may widen to this to keep its text on one line. */
const HAND_MAX = mm(30)

/**
 * A page the list may be set on: the width of its 版心 and the cells' type size. Landscape A4
 * turns the portrait 版心 on its side (GB/T 9704 横排表格): 225 mm wide, 156 mm high.
 */
export interface Sheet {
  landscape: boolean
  width: number
  fontSize: number
}

/**
 * The sheets in the order they are tried (interviewSheet): portrait in 5号, portrait in 小5,
 * landscape in 5号, landscape in 小5. The first on which the content fits wins.
 */
export const SHEETS: readonly [Sheet, ...Sheet[]] = [
  { landscape: false, width: BLOCK_WIDTH, fontSize: SIZE.wu },
  { landscape: false, width: BLOCK_WIDTH, fontSize: SIZE.xiaowu },
  { landscape: true, width: PAGE.blockHeight, fontSize: SIZE.wu },
  { landscape: true, width: PAGE.blockHeight, fontSize: SIZE.xiaowu },
]

/**
 * A bracketed title longer than this many characters wraps in lines of at least this many
 * under its person's name: 县发展和改革局党组书记、局长、县粮食和物资储备局局长 would otherwise
 * ask for a column of 29 characters.
 */
const TITLE_LINE = 9

/**
 * The first sheet on which these rows fit, with its column widths: every unit name in at most
 * two lines, every reason on one line, every person's name on one line (its title with it or
 * right under it). Measured on the widths interviewColumns gives, not estimated; when nothing
 * fits (a name of about 35 characters or more), the last sheet, the roomiest.
 */
export function interviewSheet(
  fonts: FontSet,
  rows: RowTexts[],
  hand: HandTexts,
): { sheet: Sheet; widths: number[] } {
  let chosen = { sheet: SHEETS[0], widths: interviewColumns(fonts, rows, hand, SHEETS[0]) }
  for (const sheet of SHEETS) {
    const widths = sheet === SHEETS[0] ? chosen.widths : interviewColumns(fonts, rows, hand, sheet)
    chosen = { sheet, widths }
    if (fitsSheet(fonts, rows, widths, sheet.fontSize)) break
  }
  return chosen
}

/** Whether rows set at these widths keep names in two lines and reasons and names unbroken. */
export function fitsSheet(fonts: FontSet, rows: RowTexts[], widths: number[], size: number) {
  const lines = (text: string, col: number) => linesOf(fonts, text, widths[col]!, 'body', size)
  return rows.every(
    (r) =>
      lines(r.unit, COL.unit) <= 2 &&
      r.reason.split('\n').every((t) => lines(t, COL.reason) === 1) &&
      r.people.every((p) => lines(p.name, COL.people) === 1),
  )
}

/** Someone summoned: a unit's leader, by name and title. */
export interface Person {
  name: string
  title: string
}

/** The texts of one unit row that the column widths are fitted to. */
export interface RowTexts {
  no: string
  unit: string
  total: string
  rank: string
  people: Person[]
  reason: string
}

/** What the three hand-writing columns show: blank, or the same text in every row. */
export interface HandTexts {
  interviewer: string
  time: string
  place: string
}

/**
 * 约谈对象 at a content width: each person on a line of their own as `姓名（职务）`, or, when
 * that does not fit, the name on one line and `（职务）` from the next, so a title is never
 * torn from its bracket and a name never shares a line with half a title.
 */
export function peopleText(
  fonts: FontSet,
  people: Person[],
  width: number,
  size: number = CELL.fontSize,
): string {
  return people
    .map((p) => {
      const line = `${p.name}（${p.title}）`
      return linesOf(fonts, line, width, 'body', size) === 1 ? line : `${p.name}\n（${p.title}）`
    })
    .join('\n')
}

/**
 * A unit name at a content width: as the wrapper breaks it, unless it takes two lines and can
 * break where a reader would, between the words of an organ's name (县住房和 | 城乡建设局,
 * 云溪工业 | 园区, 县供销 | 合作社, 云溪县国家级经济技术开发区 | 管理委员会…) with both lines fitting;
 * the latest such break wins. Without one, a last line of a single character (县供销合作 | 社)
 * takes one more from the line above. The line count never changes.
 */
export function unitText(
  fonts: FontSet,
  name: string,
  width: number,
  size: number = CELL.fontSize,
): string {
  return breakBetweenWords(fonts, name, width, size, UNIT_WORD_END, UNIT_WORDS)
}

/**
 * A filled 约谈人, 时间 or 地点 at a content width, broken as unitText breaks a name but between
 * the words of these texts: after a title (县委书记 | 赵明, never 县委书记赵 | 明), between the day
 * and the half of it (2027年1月20日 | 上午), before a room (县委 | 第一会议室).
 */
export function handText(
  fonts: FontSet,
  text: string,
  width: number,
  size: number = CELL.fontSize,
): string {
  return breakBetweenWords(fonts, text, width, size, HAND_WORD_END, HAND_WORDS, true)
}

/**
 * A text broken at word boundaries: each line as long as it can be while ending at one (after a
 * character of `ends`, or before one of `words`, never inside one) and fitting, no line of a
 * single character, and never more lines than the wrapper makes. Only a text of two lines
 * unless `anyLines`. Else as the wrapper breaks it, a single last character of two lines
 * taking one more from the line above.
 */
function breakBetweenWords(
  fonts: FontSet,
  text: string,
  width: number,
  size: number,
  ends: ReadonlySet<string>,
  words: readonly string[],
  anyLines = false,
): string {
  const count = linesOf(fonts, text, width, 'body', size)
  if (count < 2 || (count > 2 && !anyLines)) return text
  const chars = [...text]
  const fitsLine = (from: number, to: number) =>
    linesOf(fonts, chars.slice(from, to).join(''), width, 'body', size) === 1
  // Never inside a word of the list (管理 | 委员会 is inside 管理委员会).
  const inside = (k: number) =>
    words.some((w) => {
      const n = [...w].length
      for (let i = Math.max(0, k - n + 1); i < k; i++)
        if (chars.slice(i, i + n).join('') === w) return true
      return false
    })
  const boundary = (k: number) => {
    const rest = chars.slice(k).join('')
    return (ends.has(chars[k - 1]!) || words.some((w) => rest.startsWith(w))) && !inside(k)
  }
  const lines: string[] = []
  for (let from = 0; from < chars.length;) {
    if (fitsLine(from, chars.length) && (lines.length === 0 || chars.length - from >= 2)) {
      lines.push(chars.slice(from).join(''))
      break
    }
    let to = chars.length - 2
    while (to >= from + 2 && !(boundary(to) && fitsLine(from, to))) to--
    if (to < from + 2) {
      lines.length = 0
      break
    }
    lines.push(chars.slice(from, to).join(''))
    from = to
  }
  if (lines.length >= 2 && lines.length <= count) return lines.join('\n')
  if (count !== 2) return text
  const split = (k: number) => `${chars.slice(0, k).join('')}\n${chars.slice(k).join('')}`
  const wrapped = fonts.wrapped(text, 'body', { fontSize: size }, width).stack
  const orphan = Array.isArray(wrapped) && [...lineText(wrapped[wrapped.length - 1])].length === 1
  const k = chars.length - 2
  return orphan && k >= 2 && fitsLine(0, k) && fitsLine(k, chars.length) ? split(k) : text
}

/** Characters that end a word of a 约谈人, 时间 or 地点: titles, dates, lists, buildings. */
const HAND_WORD_END = new Set([...'记长任席年月日午时、，；）委府楼'])
/** Words of those texts a break may come before. */
const HAND_WORDS = ['上午', '下午', '第', '同志']

/** Characters that end a word of an organ's name: a break may follow them. */
const UNIT_WORD_END = new Set([...'县区镇乡局委会室所站队处'])
/** Words an organ's name is made of: a break may come before them. */
const UNIT_WORDS = [
  '城乡',
  '建设',
  '旅游',
  '合作社',
  '园区',
  '工业',
  '管理',
  '管理委员会',
  '委员会',
  '生态',
  '环境',
  '办公室',
  '服务',
  '中心',
  '综合',
  '行政',
  '执法',
  '监督',
  '资产',
  '投资',
  '信息化',
  '社会',
  '保障',
  '城市',
  '社区',
  '开发区',
  '经济',
  '发展',
  '改革',
  '农业',
  '农村',
  '交通',
  '运输',
  '卫生',
  '健康',
  '应急',
  '自然',
  '资源',
  '市场',
  '办事处',
  '街道',
]

/** The text of one line of a wrapped node: a string or runs of fonts. */
function lineText(line: unknown): string {
  const text = (line as { text: unknown }).text
  return typeof text === 'string' ? text : (text as TextRun[]).map((r) => r.text).join('')
}

/** Lines of a cell's text at a content width, through the wrapper pdfmake gets. */
export function linesOf(
  fonts: FontSet,
  text: string,
  width: number,
  role: FontRole = 'body',
  size: number = CELL.fontSize,
) {
  const node = fonts.wrapped(text, role, { fontSize: size }, width)
  return Array.isArray(node.stack) ? node.stack.length : 1
}

/**
 * Height of a table row whose tallest cell has `lines` lines in `role`, from its top rule to
 * the next, before any least height: pdfmake's line box is (ascent − descent) × size ×
 * lineHeight.
 */
export function rowHeight(
  fonts: FontSet,
  lines: number,
  role: FontRole = 'body',
  size: number = CELL.fontSize,
): number {
  const f = fonts.resolved.primary[role].font
  const line = ((f.ascent - f.descent) / f.unitsPerEm) * size * CELL.lineHeight
  return 2 * CELL.paddingV + lines * line + CELL.rule
}

/**
 * Content widths of the nine columns (pdfmake's `widths`) for these rows on a sheet (its 版心
 * width and type size): 序号, 得分 and 排名 as wide as their widest value so a score or a rank
 * never wraps; 约谈人, 时间 and 地点 18 mm between the rules (a filled one up to 30 mm if that keeps its text on one line); and the
 * rest shared among 单位, 约谈对象 and 备注. Of all these choices the one whose rows come out
 * lowest wins: every row is at least `CELL.rowHeight` anyway, so a cell may take as many
 * lines as fit in that height at no cost.
 */
export function interviewColumns(
  fonts: FontSet,
  rows: RowTexts[],
  hand: HandTexts,
  sheet: Sheet = SHEETS[0],
): number[] {
  const size = sheet.fontSize
  const measure = new TextWrapper(fonts)
  const widest = (role: FontRole, texts: string[]) =>
    Math.max(
      0,
      ...texts.map((t) =>
        fonts.runs(t, role).reduce((w, r) => w + measure.width(r.text, r.font, size), 0),
      ),
    ) + SLACK
  const widths: number[] = HEAD.map((h) => widest('hei', [h]))
  const fit = (col: number, values: string[]) => Math.max(widths[col]!, widest('body', values))
  widths[COL.no] = fit(
    COL.no,
    rows.map((r) => r.no),
  )
  widths[COL.total] = fit(
    COL.total,
    rows.map((r) => r.total),
  )
  widths[COL.rank] = fit(
    COL.rank,
    rows.map((r) => r.rank),
  )

  // The 版心 less every rule and padding (one more rule at the right) and the fixed columns.
  const room =
    sheet.width -
    HEAD.length * GAP -
    CELL.rule -
    widths[COL.no]! -
    widths[COL.total]! -
    widths[COL.rank]!
  // Each hand-writing column: 18 mm, or as wide as its text on one line when that is wider
  // but no more than 30 mm.
  const handTexts = [hand.interviewer, hand.time, hand.place]
  const handChoices = HAND.map((c, i) => {
    const least = Math.max(widths[c]!, CELL.handWriting - GAP)
    const oneLine = widest('body', [handTexts[i]!])
    return oneLine > least && oneLine <= HAND_MAX - GAP ? [least, oneLine] : [least]
  })
  const flexible: CellText[] = [
    (r) => r.unit,
    (r, w) => peopleText(fonts, r.people, w, size),
    (r) => r.reason,
  ]
  // A unit name breaks at most once, a person's name stays on the line of their title: the
  // least widths that guarantee it, when the row has room for both (else the headers').
  const half = (t: string) => [...t].slice(0, Math.ceil([...t].length / 2)).join('')
  const wanted: Triple = [
    Math.max(
      widths[COL.unit]!,
      widest(
        'body',
        rows.map((r) => half(r.unit)),
      ),
    ),
    // A name and its title on one line, or (peopleText) the title under the name: the whole
    // bracketed title on a line when it has at most TITLE_LINE characters, a longer one (县发展
    // 和改革局党组书记、局长、县粮食和物资储备局局长) in lines of that many.
    Math.max(
      widths[COL.people]!,
      widest(
        'body',
        rows.flatMap((r) =>
          r.people.flatMap((p) => [p.name, [...`（${p.title}）`].slice(0, TITLE_LINE).join('')]),
        ),
      ),
    ),
    // Each reason on a line of its own, never broken.
    Math.max(
      widths[COL.reason]!,
      widest(
        'body',
        rows.flatMap((r) => r.reason.split('\n')),
      ),
    ),
  ]
  const handLeast = HAND.reduce((sum, c) => sum + Math.max(widths[c]!, CELL.handWriting - GAP), 0)
  const least: Triple =
    wanted[0] + wanted[1] + wanted[2] + handLeast <= room
      ? wanted
      : [widths[COL.unit]!, widths[COL.people]!, widths[COL.reason]!]
  let best: Layout | null = null
  for (const interviewer of handChoices[0]!)
    for (const time of handChoices[1]!)
      for (const place of handChoices[2]!) {
        const hands: Triple = [interviewer, time, place]
        const free = room - interviewer - time - place
        const layout = shareRoom(
          fonts,
          size,
          rows,
          { texts: handTexts, widths: hands },
          flexible,
          least,
          free,
        )
        if (!best || before(layout.cost, best.cost)) best = layout
      }
  const { shares, hands } = best!
  // Room none of the chosen lines needs (short lists leave plenty) goes to all six columns
  // alike rather than to 约谈对象 alone: a column at least as wide as its widest line breaks
  // its text the same way, and a wider one never into more lines.
  const used = shares.map((w, i) => {
    const lines = rows.flatMap((r) => lineWidths(fonts, measure, flexible[i]!(r, w), w, size))
    return Math.min(w, Math.max(least[i]!, Math.max(0, ...lines) + SLACK))
  })
  const spare = (shares[0] + shares[1] + shares[2] - used[0]! - used[1]! - used[2]!) / 6
  FLEXIBLE.forEach((c, i) => (widths[c] = used[i]! + spare))
  HAND.forEach((c, i) => (widths[c] = hands[i]! + spare))
  return widths
}

/** Widths of the lines a cell's text breaks into at a content width. */
function lineWidths(
  fonts: FontSet,
  measure: TextWrapper,
  text: string,
  width: number,
  size: number,
) {
  const node = fonts.wrapped(text, 'body', { fontSize: size }, width)
  const lines = Array.isArray(node.stack)
    ? (node.stack as { text: unknown }[]).map((l) => l.text)
    : [node.text]
  return lines.map((line) =>
    typeof line === 'string'
      ? measure.width(line, node.font as string, size)
      : (line as TextRun[]).reduce((s, r) => s + measure.width(r.text, r.font, size), 0),
  )
}

type Triple = [number, number, number]
const FLEXIBLE = [COL.unit, COL.people, COL.reason] as const
const HAND = [COL.interviewer, COL.time, COL.place] as const

/** A flexible column's text in a row, at a content width. */
type CellText = (row: RowTexts, width: number) => string

interface Layout {
  /** Lines of all rows (each at least the floor), then all cells' lines, then −约谈对象 width. */
  cost: number[]
  shares: Triple
  hands: Triple
}

/**
 * 单位, 约谈对象 and 备注 widths summing to `room`, each at least `least`: of the splits in
 * steps of half a character, the one with the lowest rows, then the fewest lines, then the
 * widest 约谈对象 (a name and title on one line reads best).
 */
function shareRoom(
  fonts: FontSet,
  size: number,
  rows: RowTexts[],
  hand: { texts: string[]; widths: Triple },
  texts: CellText[],
  least: Triple,
  room: number,
): Layout {
  const step = size / 2
  const free = room - least[0] - least[1] - least[2]
  // Too little room for even the headers (never with the fonts in use): share it out evenly.
  if (free <= 0)
    return { cost: [Infinity], shares: [room / 3, room / 3, room / 3], hands: hand.widths }
  // Lines every row may have without growing past its least height.
  let floor = 1
  while (rowHeight(fonts, floor + 1, 'body', size) <= CELL.rowHeight) floor++
  // Lines of every row per column and width, the step grid counted from each column's least;
  // 备注 takes what the other two leave, so its grid starts at the remainder below one step.
  const steps = Math.floor(free / step)
  const offset = [0, 0, free - steps * step]
  const lines = texts.map((text, i) =>
    Array.from({ length: steps + 1 }, (_, k) => {
      const w = least[i]! + offset[i]! + k * step
      return rows.map((r) => linesOf(fonts, text(r, w), w, 'body', size))
    }),
  )
  // The hand-writing columns hold the same text in every row.
  const handLines = hand.texts.map((t, i) => linesOf(fonts, t, hand.widths[i]!, 'body', size))
  const handRow = Math.max(floor, ...handLines)
  const handSum = handLines.reduce((s, n) => s + n, 0) * rows.length
  let best: Layout | null = null
  for (let a = 0; a <= steps; a++)
    for (let b = 0; a + b <= steps; b++) {
      const c = steps - a - b
      let height = 0
      let sum = handSum
      for (let r = 0; r < rows.length; r++) {
        const u = lines[0]![a]![r]!
        const p = lines[1]![b]![r]!
        const n = lines[2]![c]![r]!
        height += Math.max(handRow, u, p, n)
        sum += u + p + n
      }
      const people = least[1] + b * step
      const cost = [height, sum, -people]
      if (!best || before(cost, best.cost))
        best = {
          cost,
          shares: [least[0] + a * step, people, least[2] + offset[2]! + c * step],
          hands: hand.widths,
        }
    }
  return best!
}

/** Lexicographic order of two costs. */
function before(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!
  return false
}

import type { FontSet } from '../fonts/font-set'
import { chineseDate } from '../layout/dates'
import { gongwenFrame, lineHeightFor } from '../layout/gongwen-page'
import { txt } from '../layout/text'
import { balanceTitle } from '../layout/title-lines'
import { GRID, PAGE, SIZE, mm } from '../layout/units'
import { noticeHeader } from './notice-header'
import type { NoticeOptions, RankingBlock } from './notice-input'
import { fillTemplate, headingLevel } from './notice-template'
import { rankingTable } from './ranking-table'
import { COLOPHON_BLANK, colophon, colophonPageBreak } from './colophon'
import { TextWrapper } from '../layout/wrap'

export interface NoticeContent {
  county: string
  year: number
  /** The year's own name without the county, e.g. 2026年度环境保护党政同责工作目标绩效考评. */
  yearName: string
  offices: [string, string]
  blocks: RankingBlock[]
  /** The generated paragraph on the main problems (see mainProblems). */
  problems: string
}

const INDENT = GRID.charPitch * 2

/** The 附件's title, also named in the 附件说明: the year's own name, then the sequence. */
export function attachmentTitle(yearName: string, label: string): string {
  return `${yearName}${label}得分及排名`
}

/** The 通报 as a pdfmake document definition (text, tables and rules only). */
export function noticeDefinition(fonts: FontSet, c: NoticeContent, o: NoticeOptions) {
  const body = fillTemplate(o.template, templateValues(c, o))
  if (!body.ok) return body
  const titleLh = lineHeightFor(fonts, 'title', SIZE.er, 36)
  const titleLines = balanceTitle(o.title).map((line) =>
    txt(fonts, line, 'title', {
      fontSize: SIZE.er,
      characterSpacing: 0,
      lineHeight: titleLh,
      alignment: 'center',
    }),
  )
  const paragraphs = body.value.map((p) => {
    const level = headingLevel(p)
    const role = level === 1 ? 'hei' : level === 2 ? 'kai' : 'body'
    return txt(fonts, p, role, { leadingIndent: INDENT, alignment: 'justify' })
  })
  const attachmentNames = c.blocks.map((b) => attachmentTitle(c.yearName, b.label))
  // GB/T 9704 7.3.5: never a page of only 附件说明 and 署名. The last paragraph goes with them
  // (Word's 与下段同页 + 段中不分页), so the 署名 page always shows body text.
  const closing = {
    unbreakable: true,
    stack: [
      paragraphs[paragraphs.length - 1] ?? txt(fonts, '', 'body'),
      attachmentNote(fonts, attachmentNames),
      o.signature === 'sealed'
        ? (sealedSignature(fonts, c.offices, o.date) ?? signature(fonts, c.offices, o.date))
        : signature(fonts, c.offices, o.date),
    ],
  }
  const content = [
    ...noticeHeader(fonts, c.offices, o.docNumber),
    { stack: titleLines, margin: [0, GRID.linePitch * 2 - 10, 0, GRID.linePitch] },
    txt(fonts, o.recipients, 'body'),
    ...paragraphs.slice(0, -1),
    closing,
    ...c.blocks.flatMap((b, i) => attachment(fonts, i + 1, attachmentNames[i]!, b)),
    ...colophon(fonts, o.cc, o.printedBy, chineseDate(o.printDate)),
  ]
  // The 版记 page and a blank page before it carry no number.
  let blank = false
  const frame = gongwenFrame(
    fonts,
    (page, count) => page === count || (blank && page === count - 1),
  )
  return {
    ok: true as const,
    value: {
      ...frame,
      info: { title: o.title },
      pageBreakBefore: (node: { id?: string; startPosition: { pageNumber: number } }) =>
        node.id === COLOPHON_BLANK && colophonPageBreak(node, (b) => (blank = b)),
      content,
    },
  }
}

function templateValues(c: NoticeContent, o: NoticeOptions): Record<string, string> {
  const [town, dept] = [
    c.blocks.find((b) => b.sequence === 'township'),
    c.blocks.find((b) => b.sequence === 'department'),
  ]
  const names = (xs: string[] | undefined) => (xs && xs.length ? `${xs.join('、')}。` : '无。')
  const vetoes = c.blocks.flatMap((b) => b.vetoes)
  const interview = c.blocks
    .filter((b) => b.interviewed.length > 0)
    .map((b) => `${b.label}${b.interviewed.join('、')}`)
  const rules = `《${o.rulesName}》${o.rulesDocNumber.trim() ? `（${o.rulesDocNumber.trim()}）` : ''}`
  return {
    县名: c.county,
    年度: String(c.year),
    年度名称: c.yearName,
    考评办法: rules,
    先进总数: String(c.blocks.reduce((n, b) => n + b.advanced.length, 0)),
    乡镇先进数: String(town?.advanced.length ?? 0),
    乡镇先进单位: names(town?.advanced),
    部门先进数: String(dept?.advanced.length ?? 0),
    部门先进单位: names(dept?.advanced),
    否决说明: vetoes
      .map(
        (v) =>
          `${v.name}${v.reasons.length ? `因${v.reasons.join('；')}，` : ''}按照考评办法实行一票否决，本年度考评不得评为先进单位，不予通报表扬。`,
      )
      .join(''),
    约谈说明: interview.length
      ? `按照考评办法第十八条规定，考评结果排名后三位的${interview.join('，')}，由县委、县政府有关领导对其主要负责同志及有关负责同志进行约谈（得分及排名见附件）。`
      : '本年度无约谈单位。',
    主要问题: c.problems,
    整改期限: o.rectifyBy,
  }
}

/** 附件：1.名称 — further names aligned under the first. */
function attachmentNote(fonts: FontSet, names: string[]) {
  return {
    margin: [INDENT, GRID.linePitch, 0, 0],
    columns: [
      // Exactly three characters: the first name follows 附件： with no gap.
      { width: GRID.charPitch * 3 + 0.01, ...txt(fonts, '附件：', 'body') },
      { width: '*', stack: names.map((n, i) => txt(fonts, `${i + 1}.${n}`, 'body')) },
    ],
  }
}

/**
 * Drafts carry no seal: one blank line below the text, names stacked two characters from the
 * right, the date two characters right of the names' first character.
 */
function signature(fonts: FontSet, offices: [string, string], date: string) {
  const pitch = GRID.charPitch
  const widest = Math.max(...offices.map((o) => [...o].length)) * pitch
  const nameLeft = PAGE.blockWidth - INDENT - widest
  return {
    margin: [0, GRID.linePitch, 0, 0],
    stack: [
      ...offices.map((o) =>
        txt(fonts, o, 'body', { alignment: 'right', margin: [0, 0, INDENT, 0] }),
      ),
      txt(fonts, chineseDate(date), 'body', { margin: [nameLeft + INDENT, 0, 0, 0] }),
    ],
  }
}

/** A seal's diameter (GB/T 9704 shows Ø 42–45 mm for organs' seals). */
export const SEAL = mm(45)

/**
 * Sealed joint issue (7.3.5.1): the two offices side by side, the lead one left, each name
 * centred under the place of its seal; the date four characters from the right, under the
 * second seal, which covers the second name and the date. The seals never touch (a character
 * apart at least) and stay inside the 版心; names sit on the third line after the text, so a
 * seal centred on them starts within one line below the text. Null when the names are too
 * long to stand side by side under separate seals (the unsealed layout is used then).
 */
export function sealedSignature(fonts: FontSet, offices: [string, string], date: string) {
  const measure = new TextWrapper(fonts)
  const family = fonts.family('body')
  const width = (s: string) => measure.width(s, family, GRID.charPitch)
  const dateText = chineseDate(date)
  const [left, right] = offices.map(width) as [number, number]
  const dateRight = PAGE.blockWidth - 4 * GRID.charPitch
  const xRight = dateRight - width(dateText) / 2
  const apart = Math.max(SEAL + GRID.charPitch, (left + right) / 2 + GRID.charPitch)
  const xLeft = xRight - apart
  if (xLeft - Math.max(SEAL, left) / 2 < 0 || xRight + Math.max(SEAL, right) / 2 > PAGE.blockWidth)
    return null
  const gapBefore = xLeft - left / 2
  const between = xRight - right / 2 - (xLeft + left / 2)
  // The seals reach below the date row: keep their lower half on the page too.
  const below = SEAL / 2 - 1.5 * GRID.linePitch
  return {
    margin: [0, GRID.linePitch * 2, 0, Math.max(0, below)],
    stack: [
      {
        columnGap: 0,
        columns: [
          { width: gapBefore, text: '' },
          txt(fonts, offices[0], 'body', { width: left + 0.01, noWrap: true }),
          { width: between, text: '' },
          txt(fonts, offices[1], 'body', { width: right + 0.01, noWrap: true }),
        ],
      },
      txt(fonts, dateText, 'body', { alignment: 'right', margin: [0, 0, 4 * GRID.charPitch, 0] }),
    ],
  }
}

function attachment(fonts: FontSet, n: number, title: string, block: RankingBlock) {
  return [
    txt(fonts, `附件${n}`, 'hei', { pageBreak: 'before' }),
    {
      margin: [0, GRID.linePitch, 0, mm(4)],
      stack: balanceTitle(title).map((line) =>
        txt(fonts, line, 'title', {
          fontSize: SIZE.er,
          characterSpacing: 0,
          alignment: 'center',
          lineHeight: lineHeightFor(fonts, 'title', SIZE.er, 32),
        }),
      ),
    },
    rankingTable(fonts, block.rows),
  ]
}

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
import { colophon } from './colophon'

export interface NoticeContent {
  county: string
  year: number
  offices: [string, string]
  blocks: RankingBlock[]
}

const INDENT = GRID.charPitch * 2

export function attachmentTitle(year: number, label: string): string {
  return `${year}年度${label}生态环境保护工作责任考评得分及排名`
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
  const attachmentNames = c.blocks.map((b) => attachmentTitle(c.year, b.label))
  const content = [
    ...noticeHeader(fonts, c.offices, o.docNumber),
    { stack: titleLines, margin: [0, GRID.linePitch * 2 - 10, 0, GRID.linePitch] },
    txt(fonts, o.recipients, 'body'),
    ...paragraphs,
    attachmentNote(fonts, attachmentNames),
    signature(fonts, c.offices, o.date),
    ...c.blocks.flatMap((b, i) => attachment(fonts, i + 1, attachmentNames[i]!, b)),
    ...colophon(fonts, o.cc, o.printedBy, chineseDate(o.printDate)),
  ]
  const frame = gongwenFrame(fonts, (page, count) => page === count)
  return { ok: true as const, value: { ...frame, info: { title: o.title }, content } }
}

function templateValues(c: NoticeContent, o: NoticeOptions): Record<string, string> {
  const [town, dept] = [
    c.blocks.find((b) => b.sequence === 'township'),
    c.blocks.find((b) => b.sequence === 'department'),
  ]
  const names = (xs: string[] | undefined) => (xs && xs.length ? `${xs.join('、')}。` : '无。')
  const vetoed = c.blocks.flatMap((b) => b.vetoed)
  const interview = c.blocks
    .filter((b) => b.interviewed.length > 0)
    .map((b) => `${b.label}中的${b.interviewed.join('、')}`)
  return {
    县名: c.county,
    年度: String(c.year),
    乡镇先进数: String(town?.advanced.length ?? 0),
    乡镇先进单位: names(town?.advanced),
    部门先进数: String(dept?.advanced.length ?? 0),
    部门先进单位: names(dept?.advanced),
    否决说明: vetoed.length
      ? `${vetoed.join('、')}存在一票否决情形，本年度考评不得评为先进单位。`
      : '',
    约谈说明: interview.length
      ? `${interview.join('，')}考评得分排名靠后，按照考评办法规定，由县委、县政府对其主要负责同志进行约谈（得分及排名见附件）。`
      : '本年度无约谈单位。',
    整改期限: o.rectifyBy,
  }
}

/** 附件：1.名称 — further names aligned under the first. */
function attachmentNote(fonts: FontSet, names: string[]) {
  return {
    margin: [INDENT, GRID.linePitch, 0, 0],
    columns: [
      { width: GRID.charPitch * 3 + 4, ...txt(fonts, '附件：', 'body') },
      { width: '*', stack: names.map((n, i) => txt(fonts, `${i + 1}.${n}`, 'body')) },
    ],
  }
}

/** Drafts carry no seal: names stacked two characters from the right, the date under them. */
function signature(fonts: FontSet, offices: [string, string], date: string) {
  const pitch = GRID.charPitch
  const widest = Math.max(...offices.map((o) => [...o].length)) * pitch
  const nameLeft = PAGE.blockWidth - INDENT - widest
  return {
    margin: [0, GRID.linePitch * 2, 0, 0],
    unbreakable: true,
    stack: [
      ...offices.map((o) =>
        txt(fonts, o, 'body', { alignment: 'right', margin: [0, 0, INDENT, 0] }),
      ),
      txt(fonts, chineseDate(date), 'body', { margin: [nameLeft + INDENT, 0, 0, 0] }),
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

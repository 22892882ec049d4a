import { assessmentName, documentTitles } from '../../domain'
import type { FontSet } from '../fonts/font-set'
import { chineseDate } from '../layout/dates'
import { gongwenFrame, lineHeightFor } from '../layout/gongwen-page'
import { txt } from '../layout/text'
import { balanceTitle } from '../layout/title-lines'
import { GRID, SIZE, mm } from '../layout/units'
import { noticeHeader } from './notice-header'
import type { NoticeOptions, RankingBlock } from './notice-input'
import { fillTemplate, headingLevel } from './notice-template'
import { rankingTable } from './ranking-table'
import { COLOPHON_BLANK, colophon, colophonPageBreak } from './colophon'
import { signatureBlock } from '../layout/signature'

export interface NoticeContent {
  county: string
  year: number
  offices: [string, string]
  blocks: RankingBlock[]
  /** The generated paragraph on the main problems (see mainProblems). */
  problems: string
}

const INDENT = GRID.charPitch * 2

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
  const attachmentNames = c.blocks.map((b) => documentTitles.noticeAnnex(c.year, b.label))
  // GB/T 9704 7.3.5: never a page of only 附件说明 and 署名. The last paragraph goes with them
  // (Word's 与下段同页 + 段中不分页), so the 署名 page always shows body text.
  const closing = {
    unbreakable: true,
    stack: [
      paragraphs[paragraphs.length - 1] ?? txt(fonts, '', 'body'),
      attachmentNote(fonts, attachmentNames),
      signatureBlock(fonts, c.offices, o.date, o.signature),
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
    年度名称: assessmentName(c.year),
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
    约谈说明:
      [
        interview.length &&
          `按照考评办法第十八条规定，考评结果排名后三位的${interview.join('，')}，由县委、县政府有关领导对其主要负责同志及有关负责同志进行约谈（得分及排名见附件）。`,
        ledgerSentence(c.blocks.flatMap((b) => b.ledgerInterviewed)),
      ]
        .filter(Boolean)
        .join('') || '本年度无约谈单位。',
    主要问题: c.problems,
    整改期限: o.rectifyBy,
  }
}

/**
 * The units the problem ledger sends to an interview, as seed 004 第二十二条 words it: 20 points
 * bring the 分管负责同志, 30 the 主要负责同志 (and, the tiers adding up, the 分管 too), both a
 * 书面检查. Empty when nobody reached 20.
 */
function ledgerSentence(units: { name: string; principal: boolean }[]): string {
  if (units.length === 0) return ''
  const names = (principal: boolean) =>
    units
      .filter((u) => u.principal === principal)
      .map((u) => u.name)
      .join('、')
  const tiers = [
    names(false) &&
      `累计扣减分值达到20分以上的${names(false)}，由县整改工作领导小组负责同志约谈其分管负责同志`,
    names(true) &&
      `累计扣减分值达到30分以上的${names(true)}，由县整改工作领导小组负责同志约谈其主要负责同志和分管负责同志`,
  ].filter(Boolean)
  return `按照考评办法第二十二条规定，问题台账${tiers.join('；')}，并责成${units.length > 1 ? '上述单位' : '该单位'}向县委、县政府作出书面检查。`
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

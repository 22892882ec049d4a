import {
  LEADER_ROLES,
  formatPoints,
  type LeaderRole,
  type Unit,
  type YearPackage,
  type YearResults,
} from '../../domain'
import type { FontSet } from '../fonts/font-set'
import { gongwenFrame, lineHeightFor } from '../layout/gongwen-page'
import { txt } from '../layout/text'
import { balanceTitle } from '../layout/title-lines'
import { GRID, SIZE } from '../layout/units'
import { columnWidths } from '../layout/wrap'
import { BLOCK_WIDTH, THIN_GRID } from '../notice/ranking-table'

/** 约谈人/时间/地点: filled from the app, or left blank for hand-writing. */
export interface InterviewOptions {
  interviewer: string
  time: string
  place: string
}

export interface InterviewRow {
  sequence: string
  name: string
  total: string
  rank: string
  people: string
  reason: string
}

/**
 * Who is interviewed and why (第十八条, seed 004 第二十二条): the last three of each sequence
 * and units whose ledger reached 20 or 30 points; the role decides which leaders attend.
 */
export function interviewRows(pkg: YearPackage, results: YearResults): InterviewRow[] {
  const units = new Map(pkg.units.map((u) => [u.id, u]))
  const rows: InterviewRow[] = []
  for (const s of results.sequences)
    for (const u of s.units) {
      const reasons: string[] = []
      const roles = new Set<LeaderRole>()
      if (u.interview) {
        reasons.push('考评得分排名末三位')
        roles.add('secretary').add('chief')
      }
      if (u.ledgerActions.includes('interviewPrincipal')) {
        reasons.push(`问题台账累计扣分${formatPoints(u.ledgerPoints)}分`)
        roles.add('secretary').add('chief')
      } else if (u.ledgerActions.includes('interviewDeputy')) {
        reasons.push(`问题台账累计扣分${formatPoints(u.ledgerPoints)}分`)
        roles.add('deputy')
      }
      if (reasons.length === 0) continue
      rows.push({
        sequence: s.label,
        name: u.name,
        total: formatPoints(u.total),
        rank: `${u.rank}${u.tied ? '（并列）' : ''}`,
        people: peopleOf(units.get(u.unitId), roles),
        reason: reasons.join('；'),
      })
    }
  return rows
}

function peopleOf(unit: Unit | undefined, roles: Set<LeaderRole>): string {
  if (!unit) return ''
  return LEADER_ROLES.filter((r) => roles.has(r))
    .flatMap((r) => unit.leaders.filter((l) => l.role === r))
    .map((l) => `${l.name}（${l.title}）`)
    .join('、')
}

export function interviewListDefinition(
  fonts: FontSet,
  year: number,
  rows: InterviewRow[],
  o: InterviewOptions,
) {
  const widths = [16, 36, '*', 30, 28, 76, 34, 28, 28, 56] as const
  const grid = columnWidths(widths, BLOCK_WIDTH, { vLine: 0.5, paddingLeft: 2, paddingRight: 2 })
  const cell = (text: string, col: number, role: 'body' | 'hei' = 'body', alignment = 'center') =>
    fonts.wrapped(text, role, { fontSize: SIZE.wu, lineHeight: 1.15, alignment }, grid.widths[col]!)
  const head = [
    '序号',
    '序列',
    '单位',
    '得分',
    '排名',
    '约谈对象',
    '约谈人',
    '时间',
    '地点',
    '备注',
  ]
  const body = [
    head.map((h, i) => cell(h, i, 'hei')),
    ...rows.map((r, i) => [
      cell(String(i + 1), 0),
      cell(r.sequence, 1),
      cell(r.name, 2, 'body', 'left'),
      cell(r.total, 3, 'body', 'right'),
      cell(r.rank, 4),
      cell(r.people, 5, 'body', 'left'),
      cell(o.interviewer, 6),
      cell(o.time, 7),
      cell(o.place, 8),
      cell(r.reason, 9, 'body', 'left'),
    ]),
  ]
  return {
    ...gongwenFrame(fonts),
    info: { title: `${year}年度约谈名单` },
    content: [
      {
        margin: [0, 0, 0, GRID.linePitch / 2],
        stack: balanceTitle(`${year}年度生态环境保护工作责任考评约谈名单`).map((line) =>
          txt(fonts, line, 'title', {
            fontSize: SIZE.er,
            characterSpacing: 0,
            alignment: 'center',
            lineHeight: lineHeightFor(fonts, 'title', SIZE.er, 32),
          }),
        ),
      },
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths,
          body,
        },
        layout: { ...THIN_GRID, paddingLeft: () => 2, paddingRight: () => 2 },
      },
    ],
  }
}

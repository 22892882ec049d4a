import { beforeAll, describe, expect, it } from 'vitest'
import { computeResults, createSampleYear, formatPoints, type YearPackage } from '../../src/domain'
import {
  interviewListDefinition,
  interviewRows,
  renderPdf,
  type InterviewOptions,
} from '../../src/documents'
import { withLedger } from '../../src/domain/testing/with-ledger'
import { readPdf, testFonts, type PdfPage } from './pdf-reader'

const mm = (v: number) => (v * 72) / 25.4
const FILLED: InterviewOptions = {
  interviewer: '县委书记赵明',
  time: '2027年1月20日上午',
  place: '县委第一会议室',
}
const BLANK: InterviewOptions = { interviewer: '', time: '', place: '' }

let pkg: YearPackage
const pages: Record<'filled' | 'blank', PdfPage[]> = { filled: [], blank: [] }

beforeAll(async () => {
  // 青山镇's ledger at 20 points: interviewed for that too (its deputy).
  pkg = withLedger(createSampleYear(), '青山镇', 2)
  const rows = interviewRows(pkg, computeResults(pkg))
  for (const [k, o] of [
    ['filled', FILLED],
    ['blank', BLANK],
  ] as const)
    pages[k] = await readPdf(
      await renderPdf(interviewListDefinition(testFonts(), pkg.year, rows, o), testFonts()),
    )
})

/** The units the rules send to an interview, per sequence in rank order, worked out here. */
function expectedRows() {
  const results = computeResults(pkg)
  return results.sequences.flatMap((s) =>
    s.units
      .filter(
        (u) =>
          u.interview ||
          u.ledgerActions.includes('interviewPrincipal') ||
          u.ledgerActions.includes('interviewDeputy'),
      )
      .map((u) => {
        const unit = pkg.units.find((x) => x.id === u.unitId)!
        // Last three or 30 points: secretary and chief; 20 points: the deputy in charge.
        const principal = u.interview || u.ledgerActions.includes('interviewPrincipal')
        const deputy =
          u.ledgerActions.includes('interviewDeputy') &&
          !u.ledgerActions.includes('interviewPrincipal')
        const wanted = { secretary: principal, chief: principal, deputy }
        const people = (['secretary', 'chief', 'deputy'] as const)
          .filter((r) => wanted[r])
          .flatMap((r) => unit.leaders.filter((l) => l.role === r))
          .map((l) => `${l.name}（${l.title}）`)
        return {
          sequence: s.label,
          name: u.name,
          total: formatPoints(u.total),
          rank: `${u.rank}${u.tied ? '（并列）' : ''}`,
          reasons: [
            u.interview && '考评得分排名末三位',
            (principal || deputy) &&
              u.ledgerPoints >= 2000 &&
              `问题台账累计扣分${formatPoints(u.ledgerPoints)}分`,
          ].filter((x): x is string => typeof x === 'string'),
          people,
        }
      }),
  )
}

const flat = (ps: PdfPage[]) => ps.map((p) => p.text.replace(/\s/g, '')).join('')

describe('约谈名单 read back from the PDF', () => {
  it('is A4 and keeps all text but the page numbers inside the 版心', () => {
    for (const ps of Object.values(pages))
      for (const p of ps) {
        expect(p.width).toBeCloseTo(595.28, 0)
        expect(p.height).toBeCloseTo(841.89, 0)
        for (const it of p.items) {
          if (/^—\s*\d+\s*—$/.test(it.str.trim())) continue
          expect(it.x, it.str).toBeGreaterThanOrEqual(mm(28) - 1)
          expect(it.x, it.str).toBeLessThan(mm(28 + 156))
          expect(it.top, it.str).toBeGreaterThanOrEqual(mm(37) - 3)
          expect(it.bottom, it.str).toBeLessThanOrEqual(mm(37 + 225) + 1)
        }
      }
  })

  it('has the title and the ten columns of the 公文 practice', () => {
    const text = flat(pages.filled)
    expect(text).toContain(`${pkg.year}年度生态环境保护工作责任考评约谈名单`)
    expect(text).toContain('序号序列单位得分排名约谈对象约谈人时间地点备注')
  })

  it('lists every unit to be interviewed, per sequence in rank order, with score, rank, people and reason', () => {
    const rows = expectedRows()
    expect(rows.length).toBeGreaterThan(3)
    expect(rows.some((r) => r.reasons.some((x) => x.startsWith('问题台账')))).toBe(true)
    for (const [k, o] of [
      ['filled', FILLED],
      ['blank', BLANK],
    ] as const) {
      const text = flat(pages[k])
      let at = 0
      rows.forEach((r, i) => {
        // One table row as a reader meets it: every cell in column order, blank cells empty.
        const row = [
          String(i + 1),
          r.sequence,
          r.name,
          r.total,
          r.rank,
          r.people.join('、'),
          o.interviewer,
          o.time,
          o.place,
          r.reasons.join('；'),
        ].join('')
        const found = text.indexOf(row, at)
        expect(found, `${k}: ${row}`).toBeGreaterThanOrEqual(at)
        at = found + row.length
      })
      // Nothing but the rows after the header: no unit that is not interviewed.
      const others = computeResults(pkg)
        .sequences.flatMap((s) => s.units)
        .filter((u) => !rows.some((r) => r.name === u.name))
      for (const u of others) expect(text).not.toContain(u.name)
    }
  })

  it('leaves 约谈人, 时间 and 地点 blank for hand-writing unless they are given', () => {
    const blank = flat(pages.blank)
    for (const v of Object.values(FILLED)) expect(blank).not.toContain(v)
    const filled = flat(pages.filled)
    const count = (s: string) => filled.split(s).length - 1
    for (const v of Object.values(FILLED)) expect(count(v)).toBe(expectedRows().length)
  })
})

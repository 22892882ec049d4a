import { describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import {
  computeResults,
  createSampleYear,
  type UnitResult,
  type YearPackage,
} from '../../src/domain'
import { buildYear } from '../../src/domain/testing/build-year'
import { withLedger } from '../../src/domain/testing/with-ledger'
import { interviewRows, rankingBlocks } from '../../src/documents'
import { writeResultsWorkbook } from '../../src/excel'
import { BADGES, badgesOf } from '../../src/renderer/sections/ranking/outcome-labels'

/**
 * Issue 14 items 4 and 5: the badges of 排名结果, the explanation, the 约谈名单, the 通报's table
 * and the results workbook read one definition of a unit's consequences.
 */
function unit(pkg: YearPackage, name: string): UnitResult {
  return computeResults(pkg)
    .sequences.flatMap((s) => s.units)
    .find((u) => u.name === name)!
}
const badges = (u: UnitResult) => badgesOf(u).map((k) => BADGES[k].label)
const listRow = (pkg: YearPackage, name: string) =>
  interviewRows(pkg, computeResults(pkg))
    .flatMap((g) => g.rows)
    .find((r) => r.name === name)
const noticeRemark = (pkg: YearPackage, name: string) =>
  rankingBlocks(computeResults(pkg))
    .flatMap((b) => b.rows)
    .find((r) => r.name === name)!.remark
function workbookRow(pkg: YearPackage, name: string): unknown[] {
  const wb = XLSX.read(writeResultsWorkbook(pkg), { type: 'array' })
  for (const sheetName of wb.SheetNames) {
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[sheetName]!, { header: 1 })
    const header = rows[1] ?? []
    const row = rows.find((r) => r[1] === name)
    if (row && header.includes('考评结果')) {
      return [row[header.indexOf('考评结果')], row[header.indexOf('问题台账')]]
    }
  }
  throw new Error(`no row for ${name}`)
}
const leaders = (pkg: YearPackage, name: string, roles: string[]) =>
  pkg.units
    .find((u) => u.name === name)!
    .leaders.filter((l) => roles.includes(l.role))
    .map((l) => ({ name: l.name, title: l.title }))

/** The sample year with its ledger kept out of the totals, so ledger units keep their place. */
function sample(): YearPackage {
  const pkg = createSampleYear()
  pkg.settings.ledgerDeducted = false
  return pkg
}

describe('a unit whose ledger reached 20 (松林乡, 11th of 14)', () => {
  const pkg = withLedger(sample(), '松林乡', 2)
  const u = unit(pkg, '松林乡')

  it('wears 约谈 and 警示函, and is not in the last three', () => {
    expect(u.interview).toBe(false)
    expect(badges(u)).toEqual(['约谈', '警示函'])
  })

  it('is explained as on the 约谈名单 for its ledger, with both tiers reached', () => {
    expect(u.explanation.join('')).not.toContain('不在约谈名单')
    expect(u.explanation).toContain(
      '不在本序列后三位，高于约谈线 4.18 分（约谈线 71.66 分），但因问题台账列入约谈名单（见下）。',
    )
    expect(u.explanation).toContain(
      '问题台账 2 个问题累计扣减 20.00 分，本年度不从总分中扣减；按第二十二条：达到 10.00 分，发出警示函，督促落实整改任务；达到 20.00 分，约谈分管负责同志，并责成向县委、县政府作出书面检查（列入约谈名单）。',
    )
  })

  it('is on the 约谈名单 with its reason and its deputy, and marked 约谈 in the notice and the workbook', () => {
    expect(listRow(pkg, '松林乡')).toEqual({
      name: '松林乡',
      total: '75.84',
      rank: '11',
      people: leaders(pkg, '松林乡', ['deputy']),
      // The short form: the people beside it say whom the tier summons.
      reason: '台账扣20分',
    })
    expect(noticeRemark(pkg, '松林乡')).toBe('约谈')
    expect(workbookRow(pkg, '松林乡')).toEqual([
      '约谈',
      '发出警示函，督促落实整改任务；约谈分管负责同志，并责成向县委、县政府作出书面检查',
    ])
  })
})

describe('a unit whose ledger reached 30 (县教育局, outside the last three)', () => {
  const pkg = withLedger(sample(), '县教育局', 3)
  const u = unit(pkg, '县教育局')

  it('names all three tiers and summons the principal leaders and the deputy', () => {
    expect(badges(u)).toEqual(['约谈', '警示函'])
    const ledger = u.explanation.find((l) => l.startsWith('问题台账'))!
    expect(ledger).toContain('达到 10.00 分，发出警示函')
    expect(ledger).toContain('达到 20.00 分，约谈分管负责同志')
    expect(ledger).toContain('达到 30.00 分，约谈主要负责同志')
    expect(listRow(pkg, '县教育局')).toMatchObject({
      reason: '台账扣30分',
      people: leaders(pkg, '县教育局', ['secretary', 'chief', 'deputy']),
    })
  })
})

describe('a unit at ledger 10 only', () => {
  it('gets the 警示函 badge and no 约谈 anywhere', () => {
    const pkg = withLedger(sample(), '松林乡', 1)
    const u = unit(pkg, '松林乡')
    expect(badges(u)).toEqual(['警示函'])
    expect(listRow(pkg, '松林乡')).toBeUndefined()
    expect(noticeRemark(pkg, '松林乡')).toBe('')
    expect(u.explanation.find((l) => l.startsWith('不在约谈名单'))).toBeDefined()
  })
})

describe('ties at the 约谈 line under 临界并列均不计入', () => {
  const totals = [9000, 8500, 8000, 7500, 6500, 6500, 6500, 5000]
  const pkg = buildYear(
    totals.map((t, i) => ({ name: `单位${i + 1}`, total: t })),
    { boundaryTies: 'allOut' },
  )

  it('leaves the three tied units off the list and says so in their explanation', () => {
    for (const name of ['单位5', '单位6', '单位7']) {
      const u = unit(pkg, name)
      expect(badges(u)).toEqual([])
      expect(listRow(pkg, name)).toBeUndefined()
      const mates = ['单位5', '单位6', '单位7'].filter((n) => n !== name).join('、')
      expect(u.explanation).toContain(
        `本单位与${mates}并列（总分均为 65.00 分），并列的单位跨越后三位的界线，按“临界并列均不计入”的年度设置均不因排名列入约谈名单。`,
      )
    }
    expect(badges(unit(pkg, '单位8'))).toEqual(['约谈'])
    expect(listRow(pkg, '单位8')?.reason).toBe('排名后三位')
  })

  it('says why a sequence has nobody on the list by its place', () => {
    const all = buildYear(
      [9000, 8500, 8000, 7500, 7000, 6000, 6000, 6000, 6000].map((t, i) => ({
        name: `单位${i + 1}`,
        total: t,
      })),
      { boundaryTies: 'allOut' },
    )
    expect(interviewRows(all, computeResults(all))[0]!.rows).toEqual([])
    expect(unit(all, '单位1').explanation).toContain(
      '本序列末位 4 个单位总分相同，超过后三位名额，按“临界并列均不计入”的年度设置均不列入，本序列无因排名约谈的单位。',
    )
  })
})

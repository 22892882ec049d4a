/**
 * Results as Excel: per sequence the ranking with category subtotals, outcomes and the
 * explanation a committee member reads; and the full item-by-item matrix. Everything comes
 * from the domain's computeResults; nothing is recomputed here.
 */
import {
  computeResults,
  consequencesOf,
  criteriaItems,
  documentTitles,
  formatPoints,
  LEDGER_ACTIONS,
  type SequenceResult,
  type UnitResult,
  type YearPackage,
} from '../../domain'
import type { OutValue } from '../write/safe-cells'
import { buildBook, type SheetSpec } from '../write/sheet-builder'
import { writeWorkbook } from '../write/polish'

const num = (p: number | null) => (p === null ? null : Number(formatPoints(p)))
const LEDGER_LABEL = new Map<string, string>(LEDGER_ACTIONS.map((a) => [a.code, a.label]))

function outcomes(u: UnitResult): string {
  return [
    u.advanced && '先进单位',
    consequencesOf(u).interviewed && '约谈',
    u.conflict && '先进与约谈重叠（待定）',
    u.vetoed && '一票否决',
    u.accountability && '问责',
  ]
    .filter(Boolean)
    .join('、')
}

function rankingSpec(pkg: YearPackage, s: SequenceResult): SheetSpec {
  const categories = pkg.criteria[s.sequence].categories.map((c) => c.title)
  const header = [
    '名次',
    '单位',
    '总分',
    ...categories,
    '自评总分',
    '与自评差',
    '考评结果',
    '问题台账',
    '说明',
  ]
  const rows: OutValue[][] = [[documentTitles.results(pkg.year, s.label)], header]
  for (const u of s.units) {
    rows.push([
      u.tied ? `${u.rank}（并列）` : u.rank,
      u.name,
      num(u.total),
      ...u.categories.map((c) => num(c.score)),
      num(u.selfTotal),
      u.selfTotal === null ? null : num(u.total - u.selfTotal),
      outcomes(u),
      u.ledgerActions.map((a) => LEDGER_LABEL.get(a) ?? a).join('；'),
      u.explanation.join('\n'),
    ])
  }
  if (s.findings.length) rows.push([], ['提示'], ...s.findings.map((f) => [f]))
  const n = header.length
  const merges = [{ s: { r: 0, c: 0 }, e: { r: 0, c: n - 1 } }]
  for (let r = rows.length - s.findings.length; r < rows.length; r++)
    merges.push({ s: { r, c: 0 }, e: { r, c: n - 1 } })
  return {
    name: s.label.replace(/[\\/?*[\]:]/g, '').slice(0, 31),
    rows,
    widths: [5, 10, 6, ...categories.map(() => 7), 6, 6, 9, 9, 40],
    merges,
    headerRows: 2,
    titleRows: 1,
    wrapColumns: [1, n - 3, n - 2, n - 1],
    pointColumns: [2, ...categories.map((_, i) => 3 + i), n - 5, n - 4],
    notesFrom: s.findings.length ? rows.length - s.findings.length - 2 : undefined,
    pageHeader: `${pkg.settings.countyName}${pkg.year}年度考评结果（${s.label}）`,
  }
}

function matrixSpec(pkg: YearPackage, s: SequenceResult): SheetSpec {
  const items = criteriaItems(pkg.criteria[s.sequence])
  // One short line each: the columns are five characters wide so that 20 items fit the page.
  const header = ['单位', '总分', ...items.map((i) => `${i.code}\n满分\n${formatPoints(i.max)}`)]
  const rows: OutValue[][] = [[`${s.label} 逐项得分`], header]
  for (const u of s.units) {
    const byCode = new Map(u.items.map((i) => [i.code, i.final]))
    rows.push([u.name, num(u.total), ...items.map((i) => num(byCode.get(i.code) ?? null))])
  }
  return {
    name: `${s.label.slice(0, 10)}逐项得分`.replace(/[\\/?*[\]:]/g, ''),
    rows,
    widths: [10, 6, ...items.map(() => 5)],
    merges: [{ s: { r: 0, c: 0 }, e: { r: 0, c: header.length - 1 } }],
    headerRows: 2,
    titleRows: 1,
    wrapColumns: [0, ...items.map((_, i) => 2 + i)],
    pointColumns: [1, ...items.map((_, i) => 2 + i)],
    pageHeader: `${pkg.settings.countyName}${pkg.year}年度考评结果（${s.label}）`,
  }
}

export function resultsSpecs(pkg: YearPackage): SheetSpec[] {
  const results = computeResults(pkg)
  return [
    ...results.sequences.map((s) => rankingSpec(pkg, s)),
    ...results.sequences.map((s) => matrixSpec(pkg, s)),
  ]
}

export function writeResultsWorkbook(pkg: YearPackage): Uint8Array {
  const specs = resultsSpecs(pkg)
  return writeWorkbook(buildBook(specs).wb, specs)
}

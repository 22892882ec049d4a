import { describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { computeResults, criteriaItems, type YearPackage } from '../../src/domain'
import { buildYear } from '../../src/domain/testing/build-year'
import { buildUnitSheet } from '../../src/renderer/sections/review/scoring-model'
import { itemAcrossUnits } from '../../src/renderer/sections/review/cross-unit'
import { writeResultsWorkbook } from '../../src/excel'

/**
 * SPEC §2.4: flagged when the spread reaches the margin. Spreads below (1.50, 1.99), at (2.00)
 * and above (3.00) the margin of 2.00, and every place that shows the flag must name the same
 * unit · item pairs.
 */
function year(): YearPackage {
  return buildYear(
    [
      { name: '甲镇', items: { '1.1': [400, 200], '1.2': [400, 250], '1.3': [300, 0] } },
      { name: '乙镇', items: { '1.1': [400, 201], '2.1': [800, 600] } },
    ],
    { disagreementThreshold: 200 },
  )
}
const EXPECTED = ['甲镇 1.1', '甲镇 1.3', '乙镇 2.1'].sort()

const reviewerIds = (pkg: YearPackage) => pkg.reviewers.map((r) => r.id)
const cells = (pkg: YearPackage, unitId: string) => pkg.scores.filter((s) => s.unitId === unitId)

function scoringSheetFlags(pkg: YearPackage): string[] {
  return pkg.units
    .flatMap((u) =>
      buildUnitSheet({
        sheet: pkg.criteria.township,
        submission: pkg.submissions.find((s) => s.unitId === u.id),
        reviewerIds: reviewerIds(pkg),
        scores: cells(pkg, u.id),
        aggregation: pkg.settings.aggregation,
        disagreement: pkg.settings.disagreementThreshold,
      })
        .filter((l) => l.disagree)
        .map((l) => `${u.name} ${l.code}`),
    )
    .sort()
}

function crossUnitFlags(pkg: YearPackage): string[] {
  const out: string[] = []
  for (const item of criteriaItems(pkg.criteria.township)) {
    const rows = itemAcrossUnits({
      units: pkg.units,
      itemCode: item.code,
      reviewerIds: reviewerIds(pkg),
      scores: pkg.scores,
      submissions: new Map(pkg.submissions.map((s) => [s.unitId, s])),
      aggregation: pkg.settings.aggregation,
      disagreement: pkg.settings.disagreementThreshold,
    })
    for (const r of rows) if (r.disagree) out.push(`${r.name} ${item.code}`)
  }
  return out.sort()
}

/** The pairs named by a findings sentence 评分分歧较大（…）：甲镇 1.1（相差 2.00 分）、… */
function namedInFinding(text: string | undefined): string[] {
  if (!text) return []
  const list = text.slice(text.indexOf('：') + 1)
  return [...list.matchAll(/([^、：]+?) (\S+?)（相差/g)].map((m) => `${m[1]} ${m[2]}`).sort()
}

function rankingFlags(pkg: YearPackage): string[] {
  const findings = computeResults(pkg).sequences.find((s) => s.sequence === 'township')!.findings
  return namedInFinding(findings.find((f) => f.startsWith('评分分歧较大')))
}

function workbookFlags(pkg: YearPackage): string[] {
  const wb = XLSX.read(writeResultsWorkbook(pkg), { type: 'array' })
  const sheet = wb.Sheets[wb.SheetNames[0]!]!
  const texts = XLSX.utils
    .sheet_to_json<unknown[]>(sheet, { header: 1 })
    .map((row) => String(row[0] ?? ''))
  return namedInFinding(texts.find((t) => t.startsWith('评分分歧较大')))
}

describe('reviewer disagreement (SPEC §2.4: spread ≥ margin)', () => {
  it('flags the same items on the scoring sheet, the cross-unit view, the findings and the workbook', () => {
    const pkg = year()
    expect(scoringSheetFlags(pkg)).toEqual(EXPECTED)
    expect(crossUnitFlags(pkg)).toEqual(EXPECTED)
    expect(rankingFlags(pkg)).toEqual(EXPECTED)
    expect(workbookFlags(pkg)).toEqual(EXPECTED)
  })

  it('says the margin in the findings as reached (及以上)', () => {
    const findings = computeResults(year()).sequences[0]!.findings
    expect(findings).toContain(
      '评分分歧较大（相差 2.00 分及以上）：乙镇 2.1（相差 2.00 分）、甲镇 1.1（相差 2.00 分）、甲镇 1.3（相差 3.00 分）。',
    )
  })

  it('flags nothing anywhere when the margin is 0 (the flag turned off)', () => {
    const pkg = year()
    pkg.settings.disagreementThreshold = 0
    expect(scoringSheetFlags(pkg)).toEqual([])
    expect(crossUnitFlags(pkg)).toEqual([])
    expect(rankingFlags(pkg)).toEqual([])
    expect(workbookFlags(pkg)).toEqual([])
  })
})

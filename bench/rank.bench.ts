/**
 * Aggregate and rank 5,000 units × 60 items × 7 reviewers (2.1 million reviewer scores) with
 * the whole computeResults path: tally, trimmed mean, adjustments, ranking, outcomes and
 * findings. Item results and explanations are built on first read, so `rank-5000` does not
 * include them; `rank-5000-explained` reads every unit's items and explanation as well, which
 * is what the CLI's `rank --json` does. The package is built once, outside the measured function.
 *
 * The scores are read as packs, one per unit (ScorePack): the form the app's store keeps them in
 * and hands to the ranking (src/db/entities/score-packs.ts). `rank-5000-records` ranks the same year from
 * the package's list of 2.1 million score records instead, what the command line does with a
 * file; it runs last, with the records then in memory.
 */
import { measure } from './measure'
import {
  computeResults,
  emptyYearPackage,
  packScores,
  unpackScores,
  type CriteriaSheet,
  type ReviewerScore,
  type ScorePack,
  type YearPackage,
} from '../src/domain'
import { seededRandom } from '../src/domain/sample/prng'

const UNITS = 5000
const ITEMS = 60
const REVIEWERS = 7

function sheet(sequence: CriteriaSheet['sequence']): CriteriaSheet {
  // 40 items of 1.50 and 20 of 2.00: exactly 100 points.
  const items = Array.from({ length: ITEMS }, (_, i) => ({
    code: `${Math.floor(i / 20) + 1}.${(i % 20) + 1}`,
    title: `考评内容 ${i + 1}`,
    max: i % 3 === 2 ? 200 : 150,
    standard: '',
  }))
  return {
    sequence,
    version: 1,
    title: '基准测试细则',
    categories: [0, 1, 2].map((c) => ({
      title: `一级指标 ${c + 1}`,
      items: items.slice(c * 20, c * 20 + 20),
    })),
    vetoes: [],
  }
}

/** The year without its scores, and the scores as packs: what the app's store holds. */
function build(): { pkg: YearPackage; packs: ScorePack[] } {
  const rand = seededRandom(5000)
  const pkg = emptyYearPackage(2026)
  pkg.settings = { ...pkg.settings, aggregation: 'trimmedMean', ledgerDeducted: true }
  pkg.criteria = { township: sheet('township'), department: sheet('department') }
  pkg.reviewers = Array.from({ length: REVIEWERS }, (_, r) => ({
    id: `r${r}`,
    name: `评分人${r}`,
    retired: false,
  }))
  const codes = pkg.criteria.township.categories.flatMap((c) => c.items)
  const packs: ScorePack[] = []
  for (let u = 0; u < UNITS; u++) {
    const sequence = u % 2 === 0 ? 'township' : 'department'
    const id = `u${u}`
    pkg.units.push({
      id,
      name: `单位${u}`,
      sequence,
      kind: sequence === 'township' ? '乡镇' : '部门',
      leaders: [],
      contact: { name: '', phone: '' },
      retired: false,
    })
    const cells: Omit<ReviewerScore, 'unitId'>[] = []
    for (const item of codes) {
      for (const reviewer of pkg.reviewers) {
        const score = Math.floor(rand() * (item.max / 10 + 1)) * 10
        cells.push({ reviewerId: reviewer.id, itemCode: item.code, score, reason: '' })
      }
    }
    packs.push(packScores(id, cells))
  }
  return { pkg, packs }
}

const { pkg, packs } = build()
await measure('rank-5000', () => computeResults(pkg, packs))
await measure('rank-5000-explained', () => {
  let lines = 0
  for (const seq of computeResults(pkg, packs).sequences) {
    for (const u of seq.units) lines += u.items.length + u.explanation.length
  }
  return lines
})
// Last, so that the 2.1 million records are not in the heap the measurements above collect.
pkg.scores = packs.flatMap((p) => unpackScores(p))
await measure('rank-5000-records', () => computeResults(pkg))

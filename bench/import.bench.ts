// BENCH import-100: 100 returned self-assessments of 25 items each, read, validated and merged
// into a year package. The files are built before timing starts.
import {
  createSampleYear,
  emptyYearPackage,
  formatPoints,
  type CriteriaSheet,
  type Unit,
  type YearPackage,
} from '../src/domain'
import { importSelfAssessments, writeSelfAssessmentTemplate } from '../src/excel'
import { editWorkbook, itemRows } from '../tests/excel/fill-template'
import { measure } from './measure'

function twentyFiveItems(sheet: CriteriaSheet): CriteriaSheet {
  // 25 items of 4 points each: the size of a typical county's sheet.
  const items = Array.from({ length: 25 }, (_, i) => ({
    code: `B${i + 1}`,
    title: `考评内容第 ${i + 1} 项`,
    max: 400,
    standard: '每缺一项扣 1 分',
    step: 50,
  }))
  return { ...sheet, categories: [{ title: '推动重点工作情况', items }] }
}

const sample = createSampleYear()
const base = emptyYearPackage(sample.year, sample.settings.countyName, sample.exportedAt)
const template = sample.units.find((u) => u.sequence === 'township')!
const units: Unit[] = Array.from({ length: 100 }, (_, i) => ({
  ...template,
  id: `u${i + 1}`,
  name: `测试镇${i + 1}`,
}))
const pkg: YearPackage = {
  ...base,
  units,
  criteria: { ...base.criteria, township: twentyFiveItems(base.criteria.township) },
}
const files = units.map((unit, n) => {
  const t = writeSelfAssessmentTemplate(pkg, unit)
  const rows = itemRows(t)
  const edits: Record<string, string | number> = {}
  for (let i = 1; i <= 25; i++) {
    edits[`D${rows.get(`B${i}`)!}`] = Number(formatPoints(400 - ((i + n) % 4) * 50))
    edits[`E${rows.get(`B${i}`)!}`] = '已按要求完成，缺项已说明'
  }
  return { name: `${unit.name}.xlsx`, data: editWorkbook(t, { 自查表: edits }) }
})

await measure(
  'import-100',
  () => {
    const r = importSelfAssessments(pkg, files, { by: '基准', at: '2027-01-05T08:00:00.000Z' })
    if (r.imported !== 100) throw new Error(`imported ${r.imported}`)
  },
  { warmup: 1, runs: 5 },
)

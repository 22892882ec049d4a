// 自查材料: returned files imported in a batch from the file dialog; a bad file is refused with
// its cell named and changes nothing, the good one becomes the unit's next version.
import { expect, test } from '@playwright/test'
import { createSampleYear, criteriaItems, formatPoints } from '../../src/domain'
import { unitFileName, writeSelfAssessmentTemplate } from '../../src/excel'
import { editWorkbook, itemRows } from '../excel/fill-template'
import { AppModel } from './models/app'
import { YearPageModel } from './models/year-page'

/** What a township sends back: every item at full marks, except the edits given. */
function returnedFile(unitIndex: number, overrides: (row: (code: string) => number) => object) {
  const pkg = createSampleYear()
  const unit = pkg.units[unitIndex]!
  const template = writeSelfAssessmentTemplate(pkg, unit)
  const rows = itemRows(template)
  const row = (code: string) => rows.get(code)!
  const edits: Record<string, string | number> = {}
  const items = criteriaItems(pkg.criteria[unit.sequence])
  for (const item of items) {
    edits[`D${row(item.code)}`] = Number(formatPoints(item.max))
    edits[`E${row(item.code)}`] = '已按要求完成'
  }
  return {
    unit,
    items,
    row,
    name: unitFileName(unit),
    data: editWorkbook(template, { 自查表: { ...edits, ...overrides(row) } }),
  }
}

test('自查材料：一次导入多个报回文件，坏文件写明单元格且不改动数据，好文件成为新版本', async ({
  page,
}) => {
  const app = new AppModel(page)
  await app.open()
  await new YearPageModel(app).create('从示例年度开始')
  await app.goTo('自查材料')

  const good = returnedFile(0, () => ({}))
  const first = good.items[0]!
  const bad = returnedFile(1, (row) => ({
    [`D${row(first.code)}`]: Number(formatPoints(first.max)) + 5,
  }))
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: '导入报回文件……' }).click()
  await (
    await chooser
  ).setFiles([
    { name: good.name, mimeType: 'application/octet-stream', buffer: Buffer.from(good.data) },
    { name: bad.name, mimeType: 'application/octet-stream', buffer: Buffer.from(bad.data) },
  ])

  const report = page.getByTestId('import-report')
  await expect(report).toContainText(`${good.name}${good.unit.name} 第 2 版`, { timeout: 30_000 })
  await expect(report).toContainText(
    `错误：${bad.name} · 自查表 · D${bad.row(first.code)}: 得分 ${formatPoints(first.max + 500)} 超过满分 ${formatPoints(first.max)}`,
  )
  const status = page.getByTestId('submission-status')
  await expect(status.getByRole('row', { name: new RegExp(`^${good.unit.name}`) })).toContainText(
    '已回收',
  )
  await expect(status.getByRole('row', { name: new RegExp(`^${bad.unit.name}`) })).toContainText(
    '有问题',
  )
  await app.screenshot('submissions-import')
})

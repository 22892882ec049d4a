// 审核评分 · reviewer sheets from another PC: the office exports a reviewer's sheet for chosen
// units, the reviewer fills it (here with SheetJS, as in Excel/WPS), the office imports it back:
// preview, confirm, the scores in the grid and the aggregate with them, recorded in 修改记录.
// A sheet with a bad cell is refused with file, sheet and cell named and changes nothing.
import { expect, test } from '@playwright/test'
import { chooseFiles, dialogShot, downloadOf, editWorkbook, sheetRows } from './models/excel-files'
import { fmt, ScoringPageModel, toHundredths } from './models/scoring-page'

const REVIEWER = '外地评分人'

test('导出评分表，他处填写后导入：预览、确认、网格与汇总更新；坏表写明单元格且不改数据', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const { app, scoring } = await ScoringPageModel.onSampleYear(page, '青山镇', REVIEWER)
  const total = await page.getByTestId('score-grid').locator('tbody tr[data-item]').count()
  await expect(scoring.progress()).toHaveText(`本单位已评 0/${total}`)

  // Export: this reviewer, one unit only.
  await page.getByRole('button', { name: '导出评分表……' }).click()
  const dialog = page.getByTestId('reviewer-export')
  await expect(dialog.getByLabel('评分人')).toHaveValue(/.+/)
  await expect(dialog.getByLabel('评分人').locator('option:checked')).toHaveText(REVIEWER)
  for (const box of await dialog.getByLabel(/（已选 \d+ \/ \d+）$/).all()) await box.uncheck()
  await dialog.getByLabel('青山镇', { exact: true }).check()
  await dialogShot(page, 'reviewer-export')
  const sheet = await downloadOf(
    page,
    dialog.getByRole('button', { name: '导出 1 个单位的评分表' }),
  )
  expect(sheet.name).toContain(REVIEWER)
  await expect(page.getByTestId('notice-success').last()).toContainText(`已导出${REVIEWER}的评分表`)

  const rows = sheetRows(sheet.data, '审核评分')
  expect(rows[2]).toEqual([
    '单位编号',
    '单位',
    '指标编号',
    '考评内容',
    '满分',
    '自评得分',
    '自评说明',
    '审核得分',
    '评分理由',
  ])
  const items = rows.slice(3).filter((r) => r[2])
  expect(items).toHaveLength(total)
  expect(new Set(items.map((r) => r[1]))).toEqual(new Set(['青山镇']))

  // The reviewer agrees with the self score everywhere except the first item: 0, with a reason.
  const edits: Record<string, string | number> = {}
  items.forEach((r, i) => {
    const line = i + 4
    edits[`H${line}`] = i === 0 ? 0 : Number(r[5] || r[4])
    if (i === 0) edits[`I${line}`] = '现场抽查未见会议纪要'
  })
  const filled = {
    name: `评分表-${REVIEWER}.xlsx`,
    data: editWorkbook(sheet.data, { 审核评分: edits }),
  }

  // A copy with one score over the maximum: the whole file is refused, its cell named.
  const over = Number(items[1]![4]) + 5
  const bad = {
    name: `评分表-${REVIEWER}-有误.xlsx`,
    data: editWorkbook(sheet.data, { 审核评分: { ...edits, H5: over } }),
  }
  await chooseFiles(page, page.getByRole('button', { name: '导入评分表……' }), [bad])
  const preview = page.getByTestId('reviewer-import-preview')
  await expect(preview).toContainText('没有可导入的评分表', { timeout: 30_000 })
  await expect(preview.getByTestId('import-sheet-line')).toContainText('未导入')
  await expect(preview).toContainText(`错误：${bad.name} · 审核评分 · H5:`)
  await expect(preview).toContainText('超过满分')
  await expect(preview.getByRole('button', { name: '确认导入' })).toHaveCount(0)
  await dialogShot(page, 'reviewer-import-refused')
  await preview.getByRole('button', { name: '关闭' }).click()
  await expect(scoring.progress()).toHaveText(`本单位已评 0/${total}`)
  await expect(scoring.row(0).locator('input.kp-score')).toHaveValue('')

  // The good file: previewed with its counts, stored on confirm.
  await chooseFiles(page, page.getByRole('button', { name: '导入评分表……' }), [filled])
  await expect(preview.getByTestId('import-summary')).toContainText(
    `确认后将导入 1 个评分表：新增 ${total} 项评分，修改 0 项已有评分`,
    { timeout: 30_000 },
  )
  await expect(preview.getByTestId('import-sheet-line')).toContainText(`评分人：${REVIEWER}`)
  await expect(preview.getByTestId('import-sheet-line')).toContainText(
    `填写 ${total} 项：新增 ${total}，修改 0，不变 0`,
  )
  await dialogShot(page, 'reviewer-import-preview')
  await preview.getByRole('button', { name: '确认导入' }).click()
  await expect(page.getByTestId('notice-success').last()).toContainText(
    `已导入 1 个评分表：新增 ${total} 项，修改 0 项`,
  )
  await expect(preview).toHaveCount(0)

  // The grid shows this reviewer's imported scores, and the aggregate takes them in.
  await expect(scoring.progress()).toHaveText(`本单位已评 ${total}/${total}`)
  await expect(scoring.row(0).locator('input.kp-score')).toHaveValue('0.00')
  await expect(scoring.row(1).locator('input.kp-score')).toHaveValue(
    Number(items[1]![5] || items[1]![4]).toFixed(2),
  )
  const figures = await scoring.row(0).locator('td.kp-num').allTextContents()
  // 编号, 满分, 自评, the sample's three reviewers, 汇总 (this reviewer's cell is the input).
  const all = [...figures.slice(3, 6).map(toHundredths), 0]
  const mean = Math.floor((2 * all.reduce((a, b) => a + b, 0) + all.length) / (2 * all.length))
  await expect(scoring.row(0).locator('td.kp-num').nth(6)).toHaveText(new RegExp(`^${fmt(mean)}`))
  await app.screenshot('reviewer-import-grid')

  // Recorded under the operator's name, the file named.
  await app.goTo('数据与备份')
  const history = page.getByTestId('history-table')
  await expect(history).toContainText(`${REVIEWER}的评分表 ${filled.name}`)
  await expect(history).toContainText('王芳')

  // An approved year refuses the import outright.
  await app.goTo('排名结果')
  await page.getByRole('button', { name: '审定并锁定……' }).click()
  await page
    .getByRole('dialog')
    .getByLabel(/审定依据/)
    .fill('县绩效委 2027 年第 1 次会议')
  await page.getByRole('dialog').getByRole('button', { name: '审定并锁定' }).click()
  await expect(page.getByTestId('approval-state')).toHaveText('已审定 · 已锁定')
  await app.goTo('审核评分')
  await expect(page.getByRole('button', { name: '导入评分表……' })).toBeDisabled()
})

// 排名结果 · 导出 Excel: the workbook saved through the platform's save dialog holds both
// sequences in the order and with the ranks the page shows.
import { expect, test } from '@playwright/test'
import { SEQUENCE_LABELS } from '../../src/domain'
import { AppModel } from './models/app'
import { downloadOf, sheetRows } from './models/excel-files'
import { YearPageModel } from './models/year-page'

test('排名结果导出 Excel：名次与单位顺序和页面一致', async ({ page }) => {
  test.setTimeout(120_000)
  const app = new AppModel(page)
  await app.open()
  await new YearPageModel(app).create('从示例年度开始')
  await app.goTo('排名结果')
  await expect(page.getByTestId('ranking-township').locator('tbody tr').first()).toBeVisible()

  const file = await downloadOf(page, page.getByRole('button', { name: '导出 Excel' }))
  expect(file.name).toMatch(/考评结果\.xlsx$/)
  await expect(page.getByTestId('notice-success').last()).toContainText('已导出考评结果')
  await app.screenshot('results-export')

  for (const sequence of ['township', 'department'] as const) {
    const table = page.getByTestId(`ranking-${sequence}`)
    // textContent: the second table may be off screen (drawn only when scrolled to).
    const ranks = await table.locator('tbody tr td:nth-child(1)').allTextContents()
    const names = await table.locator('tbody tr td:nth-child(2)').allTextContents()
    const shown = ranks.map((rank, i) => [rank.trim(), names[i]!.trim()])
    expect(shown.length).toBeGreaterThan(3)
    const rows = sheetRows(file.data, SEQUENCE_LABELS[sequence].replace(/[\\/?*[\]:]/g, ''))
    expect(rows[1]!.slice(0, 3)).toEqual(['名次', '单位', '总分'])
    const exported = rows
      .slice(2)
      .filter((r) => r[1])
      .map((r) => [r[0]!, r[1]!])
    expect(exported).toEqual(shown)
  }
  // The sample's tie reads the same in both: 白水镇 and 桃源镇 share a rank.
  const township = sheetRows(file.data, SEQUENCE_LABELS.township.replace(/[\\/?*[\]:]/g, ''))
  expect(township.find((r) => r[1] === '白水镇')?.[0]).toMatch(/（并列）$/)
})

import { expect, test } from '@playwright/test'
import { AppModel } from './models/app'
import { UnitsPageModel } from './models/units-page'
import { YearPageModel } from './models/year-page'

test('年度设置：从示例年度开始，修改设置，复制为下一年度，切换年度后旧年度仍可查看', async ({
  page,
}) => {
  // A whole sample county, a copy of it and an export: long on a busy shared machine.
  test.setTimeout(180_000)
  const app = new AppModel(page)
  await app.open()
  const years = new YearPageModel(app)
  await years.create('从示例年度开始')
  await expect(years.yearList()).toContainText('示例年度')

  // The sample county's roster, both sequences at a glance.
  await app.goTo('单位名册')
  const units = new UnitsPageModel(app)
  await expect(units.roster('乡镇（街道）和园区').getByTestId('roster-count')).toHaveText(
    '在册 14 个',
  )
  await expect(units.roster('县级部门').getByTestId('roster-count')).toHaveText('在册 30 个')
  await app.screenshot('units-sample')

  // Settings: the change is saved, counted and recorded.
  await app.goTo('年度设置')
  const settings = page.getByTestId('year-settings')
  await expect(settings.getByLabel('县名')).toHaveValue('云溪县')
  await settings.getByLabel('一票否决单位的先进名额顺延给下一名').check()
  await settings.getByLabel('目标任务完成分数线（分）').fill('65')
  await settings.getByRole('button', { name: '保存设置' }).click()
  await expect(page.getByTestId('notice-success').last()).toContainText('已保存年度设置：改动 2 项')
  await settings.getByLabel('目标任务完成分数线（分）').fill('65.555')
  await settings.getByRole('button', { name: '保存设置' }).click()
  await expect(settings).toContainText('目标任务完成分数线：最多两位小数')
  await app.screenshot('year-settings')

  // Next year from this one: roster and criteria copied, settings kept.
  await years.create('复制上一年度', 2027)
  await expect(years.yearList().getByRole('row')).toHaveCount(3)
  await expect(page.getByLabel('当前年度')).toHaveValue(/.+/)
  await expect(page.getByLabel('当前年度').locator('option:checked')).toContainText('2027')
  await expect(settings.getByLabel('一票否决单位的先进名额顺延给下一名')).toBeChecked()
  await app.goTo('单位名册')
  await expect(units.roster('县级部门').getByTestId('roster-count')).toHaveText('在册 30 个')

  // The older year stays readable after switching back.
  const older = page.getByLabel('当前年度').locator('option', { hasText: '2026' })
  await page.getByLabel('当前年度').selectOption({ label: (await older.textContent()) ?? '' })
  await expect(units.roster('乡镇（街道）和园区').getByTestId('roster-count')).toHaveText(
    '在册 14 个',
  )
  // The title follows the county name: renaming the county renames the year everywhere.
  await app.goTo('年度设置')
  await settings.getByLabel('县名').fill('云岭县')
  await settings.getByRole('button', { name: '保存设置' }).click()
  await expect(page.getByTestId('notice-success').last()).toContainText('已保存年度设置')
  const renamed = '云岭县2026年度环境保护党政同责工作目标绩效考评'
  await expect(page.getByLabel('当前年度').locator('option:checked')).toHaveText(renamed)
  await expect(years.yearList()).toContainText(renamed)
  await expect(years.yearList()).not.toContainText('云溪县2026年度')
  await app.goTo('数据与备份')
  const exported = page.waitForEvent('download')
  await page.getByRole('button', { name: /^导出当前年度/ }).click()
  expect((await exported).suggestedFilename()).toContain('云岭县2026年度')
  await app.screenshot('year-page')
})

test('年度设置：从零新建按日期建议考评年度（12 月建议当年），名称由县名生成', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-07T10:00:00+08:00'))
  const app = new AppModel(page)
  await app.open()
  await new YearPageModel(app).open()
  await page.getByText('从零新建', { exact: true }).click()
  await expect(page.getByLabel('考评年度')).toHaveValue('2026')
  await page.getByLabel('县名').fill('青山县')
  await expect(page.getByTestId('new-year-title')).toContainText(
    '青山县2026年度环境保护党政同责工作目标绩效考评',
  )
})

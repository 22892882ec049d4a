import { readFileSync, writeFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { createSampleYear, serializeYearPackage } from '../../src/domain'
import { AppModel } from './models/app'
import { CriteriaPageModel } from './models/criteria-page'
import { DataPageModel } from './models/data-page'
import { UnitsPageModel } from './models/units-page'
import { YearPageModel } from './models/year-page'

test('数据与备份：导出年度数据包，在空白配置中预览并恢复，损坏的文件被拒绝，替换前自动备份', async ({
  page,
  browser,
}, testInfo) => {
  const app = new AppModel(page)
  await app.open()
  await new YearPageModel(app).create('从零新建', 2026)
  await app.goTo('单位名册')
  const units = new UnitsPageModel(app)
  await units.add({ name: '青山镇', leader: { name: '张伟', title: '镇长' } })
  await units.add({ name: '县生态环境局', sequence: '县级部门', kind: '部门' })
  await app.goTo('考评细则')
  const criteria = new CriteriaPageModel(app)
  await criteria.item('1-1', '分值').fill('4.5')
  await criteria.item('1-3', '分值').fill('2.5')
  await criteria.save()

  await app.goTo('数据与备份')
  const data = new DataPageModel(app)
  const good = testInfo.outputPath('2026.kpt')
  const name = await data.exportCurrentYear(good)
  expect(name).toMatch(/2026年度.*\.kpt$/)
  const damaged = testInfo.outputPath('damaged.kpt')
  writeFileSync(damaged, readFileSync(good, 'utf8').replace('县生态环境局', '县生态环保局'))

  // A fresh profile: another PC, or this one after its data was lost.
  const use = testInfo.project.use
  const context = await browser.newContext({
    baseURL: use.baseURL,
    locale: use.locale,
    timezoneId: use.timezoneId,
    viewport: use.viewport,
  })
  const page2 = await context.newPage()
  const app2 = new AppModel(page2)
  await app2.open('', '李明')
  await app2.goTo('数据与备份')
  const data2 = new DataPageModel(app2)

  await data2.pickFile(damaged)
  await expect(page2.getByTestId('package-refused')).toContainText('本机数据没有任何改动')
  await app2.screenshot('restore-refused')
  await expect(page2.getByLabel('当前年度')).toHaveCount(0)

  await data2.pickFile(good)
  const preview = data2.preview()
  await expect(preview).toContainText('校验通过')
  await expect(preview.getByRole('row').nth(1)).toContainText('2026年度')
  await app2.screenshot('restore-preview')
  await preview.getByRole('button', { name: '作为新年度加入' }).click()
  await expect(page2.getByTestId('notice-success').last()).toContainText(
    /已恢复 1 个年度：.*2026年度/,
  )

  // Every number is back.
  await app2.goTo('单位名册')
  const units2 = new UnitsPageModel(app2)
  await expect(units2.roster('乡镇（街道）和园区')).toContainText('张伟')
  await expect(units2.roster('县级部门')).toContainText('县生态环境局')
  await app2.goTo('考评细则')
  const criteria2 = new CriteriaPageModel(app2)
  await expect(criteria2.item('1-1', '分值')).toHaveValue('4.50')
  await expect(criteria2.item('1-3', '分值')).toHaveValue('2.50')
  await criteria2.expectTotal('合计 100.00 分', true)
  await app2.goTo('数据与备份')
  await expect(page2.getByTestId('history-table')).toContainText('县生态环境局')

  // Replacing the year backs up the current data first, and says so.
  await data2.pickFile(good)
  await data2
    .preview()
    .getByRole('button', { name: /^替换.*2026年度/ })
    .click()
  await page2.getByRole('dialog').getByRole('button', { name: '替换' }).click()
  await expect(page2.getByTestId('notice-success').last()).toContainText('恢复前的数据已备份为')
  await app2.goTo('年度设置')
  await app2.goTo('数据与备份')
  await expect(page2.getByTestId('backups')).toContainText('恢复前备份')
  await app2.screenshot('data-page')
  await context.close()
})

test('恢复进行中重新加载页面：要么完整恢复，要么什么都没写入', async ({ page }, testInfo) => {
  const app = new AppModel(page)
  await app.open()
  await new YearPageModel(app).create('从示例年度开始')
  await app.goTo('数据与备份')
  const file = testInfo.outputPath('sample.kpt')
  await new DataPageModel(app).exportCurrentYear(file)

  // Wipe the profile's data (a fresh store), then restore and reload at once.
  await page.evaluate<string>(`new Promise((resolve) => {
    const req = indexedDB.deleteDatabase('kaopingtong')
    req.onsuccess = () => resolve('deleted')
    req.onblocked = () => resolve('blocked')
  })`)
  await page.evaluate('localStorage.clear()')
  await page.reload()
  await app.signInIfAsked()
  await app.goTo('数据与备份')
  const data = new DataPageModel(app)
  await data.pickFile(file)
  await data.preview().getByRole('button', { name: '作为新年度加入' }).click()
  await page.reload()
  await app.signInIfAsked()

  // Whole or nothing: no year at all, or the year with all 44 units and its history.
  await app.goTo('单位名册')
  // The section's code arrives on first opening: wait until it says one or the other.
  const units = new UnitsPageModel(app)
  await expect(
    page.getByTestId('no-year').or(units.roster('乡镇（街道）和园区').getByTestId('roster-count')),
  ).toBeVisible()
  const hasYear = (await page.getByTestId('no-year').count()) === 0
  if (hasYear) {
    await expect(units.roster('乡镇（街道）和园区').getByTestId('roster-count')).toHaveText(
      '在册 14 个',
    )
    await expect(units.roster('县级部门').getByTestId('roster-count')).toHaveText('在册 30 个')
  } else {
    await expect(page.getByLabel('当前年度')).toHaveCount(0)
  }
  testInfo.annotations.push({
    type: '结果',
    description: hasYear ? '重新加载前已完整恢复' : '重新加载时恢复尚未提交，未写入任何内容',
  })
})

test('数据与备份：手工改过的数据包在恢复前列出前后不一致之处，以及所含的细则草稿', async ({
  page,
}, testInfo) => {
  // A package edited by hand and re-sealed with a fresh checksum: the schema takes it, the
  // consistency check does not (a score over its item's maximum).
  const pkg = createSampleYear()
  const score = pkg.scores[0]!
  score.score = 100_00
  pkg.criteriaDrafts = [{ sheet: pkg.criteria.township, savedAt: pkg.exportedAt, savedBy: '王敏' }]
  const file = testInfo.outputPath('edited.kpt')
  writeFileSync(file, serializeYearPackage(pkg))

  const app = new AppModel(page)
  await app.open()
  await app.goTo('数据与备份')
  const data = new DataPageModel(app)
  await data.pickFile(file)
  const preview = data.preview()
  await expect(preview).toContainText('校验通过')
  await expect(preview).toContainText('含细则草稿 1 份')
  const problems = page.getByTestId('package-problems')
  await expect(problems).toContainText('处前后不一致')
  await expect(problems).toContainText(`${score.itemCode}`)
  await expect(problems).toContainText('100.00')
  await app.screenshot('restore-preview-problems')
})

import { expect, test } from '@playwright/test'
import { AppModel } from './models/app'
import { UnitsPageModel } from './models/units-page'
import { YearPageModel } from './models/year-page'

/** What Chromium does to a damaged store: the database is gone, the rest of the profile stays. */
const DROP_STORE = `new Promise((resolve) => {
  const req = indexedDB.deleteDatabase('kaopingtong')
  req.onsuccess = () => resolve('deleted')
  req.onerror = () => resolve('failed')
  req.onblocked = () => resolve('blocked')
})`

test('本机数据库被清空时拒绝从空白开始，引导从备份恢复，恢复后数据齐全', async ({ page }) => {
  const app = new AppModel(page)
  await app.open()
  await new YearPageModel(app).create('从零新建', 2026)
  await app.goTo('单位名册')
  const units = new UnitsPageModel(app)
  await units.add({ name: '青山镇', leader: { name: '张伟', title: '镇长' } })
  await app.goTo('数据与备份')
  await page.getByRole('button', { name: '立即备份' }).click()
  await expect(page.getByTestId('notice-success').last()).toContainText('已备份 1 份')

  expect(await page.evaluate<string>(DROP_STORE)).toBe('deleted')
  await page.reload()
  const root = page.locator('#root')
  await expect(root).toHaveAttribute('data-app-state', 'recovery')
  await expect(page.getByTestId('recovery-screen')).toContainText('本机数据可能已丢失')
  await expect(page.getByTestId('recovery-screen')).toContainText('单位应有 1 条，现有 0 条')
  await app.screenshot('recovery-screen')

  await page.getByRole('button', { name: '从备份恢复' }).click()
  await app.signInIfAsked()
  await expect(app.heading()).toHaveText('数据与备份')
  await expect(page.getByTestId('recovery-banner')).toBeVisible()
  const backups = page.getByTestId('backups')
  await expect(backups).toContainText('手动备份')
  await backups.getByRole('button', { name: '预览并恢复' }).first().click()
  await page.getByTestId('package-preview').getByRole('button', { name: '作为新年度加入' }).click()
  await expect(page.getByTestId('notice-success').last()).toContainText('已恢复 1 个年度')
  await expect(page.getByTestId('recovery-banner')).toHaveCount(0)

  await app.goTo('单位名册')
  await expect(units.roster('乡镇（街道）和园区')).toContainText('张伟')

  // The restored store satisfies the marker again: the next start is normal.
  await page.reload()
  await app.signInIfAsked()
  await expect(root).toHaveAttribute('data-app-state', 'ready')
})

import { expect, test } from '@playwright/test'
import { AppModel } from './models/app'
import { UnitsPageModel } from './models/units-page'
import { YearPageModel } from './models/year-page'

test('单位名册：新增、修改、搜索、撤销，计数和修改记录随之变化，重新打开仍在', async ({ page }) => {
  const app = new AppModel(page)
  await app.open()
  await new YearPageModel(app).create('从零新建', 2026)
  await expect(page.getByLabel('当前年度')).toHaveValue(/.+/)

  await app.goTo('单位名册')
  const units = new UnitsPageModel(app)
  await expect(units.roster('乡镇（街道）和园区').getByTestId('roster-count')).toHaveText(
    '在册 0 个',
  )

  await units.add({
    name: '青山镇',
    leader: { name: '张伟', title: '镇长' },
    contact: { name: '赵六', phone: '0871-6123456' },
  })
  await units.add({ name: '绿水街道', kind: '街道' })
  await units.add({ name: '县生态环境局', sequence: '县级部门', kind: '部门' })
  await expect(units.roster('乡镇（街道）和园区').getByTestId('roster-count')).toHaveText(
    '在册 2 个',
  )
  await expect(units.roster('县级部门').getByTestId('roster-count')).toHaveText('在册 1 个')
  await expect(units.roster('乡镇（街道）和园区')).toContainText('张伟')
  await expect(units.roster('乡镇（街道）和园区')).toContainText('赵六 0871-6123456')

  // Bad input is named and nothing is written.
  await page.getByRole('button', { name: '新增单位' }).click()
  await units.fill({ name: '青山镇' })
  await units.dialog().getByRole('button', { name: '保存' }).click()
  await expect(units.dialog().getByLabel('单位名称')).toHaveAccessibleDescription(
    '名册中已有名为“青山镇”的单位。',
  )
  await units.fill({ name: '白云乡', contact: { name: '钱七', phone: '电话待定' } })
  await units.dialog().getByRole('button', { name: '保存' }).click()
  await expect(units.dialog()).toContainText('联系电话：只能包含数字')
  await units.dialog().getByRole('button', { name: '取消' }).click()
  await expect(units.roster('乡镇（街道）和园区').getByTestId('roster-count')).toHaveText(
    '在册 2 个',
  )

  // Edit.
  await page.getByRole('button', { name: '修改绿水街道' }).click()
  await units.fill({ contact: { name: '孙八', phone: '13900000000' } })
  await units.dialog().getByRole('button', { name: '保存' }).click()
  await expect(units.roster('乡镇（街道）和园区')).toContainText('孙八 13900000000')

  // Search.
  await page.getByLabel('搜索单位').fill('张伟')
  await expect(units.roster('乡镇（街道）和园区').getByRole('row')).toHaveCount(2)
  await expect(units.roster('县级部门')).toContainText('没有符合搜索条件的单位')
  await page.getByLabel('搜索单位').fill('')

  // Retire asks first, wants a reason, and can be undone.
  await page.getByRole('button', { name: '撤销青山镇' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('button', { name: '撤销', exact: true })).toBeDisabled()
  await dialog.getByLabel('撤销理由（记入修改记录）').fill('行政区划调整，并入绿水街道')
  await dialog.getByRole('button', { name: '撤销', exact: true }).click()
  await expect(page.getByTestId('notice-success').last()).toContainText('已撤销 1 个单位：青山镇')
  await expect(units.roster('乡镇（街道）和园区').getByTestId('roster-count')).toHaveText(
    '在册 1 个',
  )
  await page.getByLabel('显示已撤销的单位').check()
  await expect(units.roster('乡镇（街道）和园区')).toContainText('已撤销')
  await app.screenshot('units-roster')

  // Everything is in the history, with who and why.
  await app.goTo('数据与备份')
  const history = page.getByTestId('history-table')
  await expect(history).toContainText('行政区划调整，并入绿水街道')
  await expect(history).toContainText('绿水街道；改动：联系人')
  await expect(history.getByRole('row').nth(1)).toContainText('王芳')
  await page.getByRole('button', { name: '检查修改记录是否完整' }).click()
  await expect(page.getByTestId('history-check')).toContainText('修改记录完整：共 6 条')
  await app.screenshot('data-history')

  // The retirement is undone from the history, with a reason, as a new recorded change.
  const retireRow = history.getByRole('row').nth(1)
  await expect(retireRow).toContainText('撤销')
  await expect(retireRow).toContainText('青山镇')
  await retireRow.getByRole('button', { name: /^撤回第/ }).click()
  await page.getByRole('dialog').getByLabel('撤回理由').fill('撤销有误')
  await page.getByRole('dialog').getByRole('button', { name: '撤回', exact: true }).click()
  await expect(page.getByTestId('notice-success').last()).toContainText('已撤回 1 条修改')
  await expect(history.getByRole('row').nth(1)).toContainText('撤销有误')
  await app.goTo('单位名册')
  await expect(units.roster('乡镇（街道）和园区').getByTestId('roster-count')).toHaveText(
    '在册 2 个',
  )

  // Still there after the app is closed and opened again.
  await page.reload()
  await app.signInIfAsked()
  await app.goTo('单位名册')
  await expect(units.roster('县级部门')).toContainText('县生态环境局')
  await expect(units.roster('乡镇（街道）和园区').getByTestId('roster-count')).toHaveText(
    '在册 2 个',
  )
})

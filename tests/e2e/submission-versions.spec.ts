// 自查材料 · 版本记录: a unit that sends its file again keeps every version; the history lists
// them (when, file, who) and says in words what changed between two consecutive versions.
import { expect, test } from '@playwright/test'
import { formatPoints } from '../../src/domain'
import { AppModel } from './models/app'
import { dialogShot } from './models/excel-files'
import { importReturned, returnedFile } from './models/returned-files'
import { YearPageModel } from './models/year-page'

test('自查材料：同一单位两次报回改过的文件，版本记录列出每一版并逐项写明变化', async ({ page }) => {
  const app = new AppModel(page)
  await app.open()
  await new YearPageModel(app).create('从示例年度开始')
  await app.goTo('自查材料')

  // The sample year already holds version 1 of every unit; two more files come in.
  const first = returnedFile(0)
  const [a, b] = first.items
  const report = page.getByTestId('import-report')
  await importReturned(page, [first.file])
  await expect(report).toContainText(`${first.unit.name} 第 2 版`)

  const second = returnedFile(0, (row) => ({
    [`D${row(a!.code)}`]: Number(formatPoints(a!.max - 100)),
    [`E${row(a!.code)}`]: '会议少开一次，已整改',
    [`E${row(b!.code)}`]: '',
  }))
  await importReturned(page, [{ ...second.file, name: `${first.unit.name}-第二次报回.xlsx` }])
  await expect(report).toContainText(`${first.unit.name} 第 3 版`)

  const status = page.getByTestId('submission-status')
  await expect(status.getByRole('row', { name: new RegExp(`^${first.unit.name}`) })).toContainText(
    '第 3 版',
  )
  await page.getByRole('button', { name: `${first.unit.name}的版本记录` }).click()
  const dialog = page.getByTestId('submission-history')
  const versions = dialog.getByTestId('submission-versions')
  await expect(versions.getByRole('row')).toHaveCount(4)
  const newest = versions.getByRole('row').nth(1)
  await expect(newest).toContainText('第 3 版现行')
  await expect(newest).toContainText(`${first.unit.name}-第二次报回.xlsx`)
  await expect(newest).toContainText('王芳')
  await expect(newest).toContainText('3 处变化')

  const changes = dialog.getByTestId('submission-changes')
  await expect(dialog).toContainText('第 3 版与第 2 版相比')
  const scoreRow = changes.getByRole('row', { name: new RegExp(`^${a!.code}.*自评得分`) })
  await expect(scoreRow).toContainText(
    `自评得分${formatPoints(a!.max)}${formatPoints(a!.max - 100)}`,
  )
  await expect(scoreRow).toContainText(a!.title.slice(0, 6))
  await expect(
    changes.getByRole('row', { name: new RegExp(`^${a!.code}.*自评说明`) }),
  ).toContainText('已按要求完成会议少开一次，已整改')
  await expect(
    changes.getByRole('row', { name: new RegExp(`^${b!.code}.*自评说明`) }),
  ).toContainText('已按要求完成（空）')
  await dialogShot(page, 'submission-versions')

  // An earlier version compares with the one before it.
  await versions.getByRole('row', { name: /^第 2 版/ }).click()
  await expect(dialog).toContainText('第 2 版与第 1 版相比')
  await versions.getByRole('row', { name: /^第 1 版/ }).click()
  await expect(dialog).toContainText('没有可比较的上一版')
})

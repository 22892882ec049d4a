// 考评细则 ⇄ Excel: an exported sheet comes back into the editor as a draft (saved as usual), a
// bad file names its cells and changes nothing, and a sheet units have answered still becomes
// a new, flagged version when an imported file is saved.
import { expect, test, type Page } from '@playwright/test'
import { AppModel } from './models/app'
import { CriteriaPageModel } from './models/criteria-page'
import { chooseFiles, downloadOf, editWorkbook, sheetRows } from './models/excel-files'
import { YearPageModel } from './models/year-page'

const importButton = (page: Page) => page.getByRole('button', { name: '从 Excel 导入……' })
const exportButton = (page: Page) => page.getByRole('button', { name: '导出到 Excel……' })

test('考评细则：导出后改过的文件导入为草稿，合计为 100 分，保存后再导出与文件一致；有错的文件写明单元格且不改动', async ({
  page,
}) => {
  const app = new AppModel(page)
  await app.open()
  await new YearPageModel(app).create('从零新建', 2026)
  await app.goTo('考评细则')
  const criteria = new CriteriaPageModel(app)
  await criteria.expectTotal('合计 100.00 分', true)

  const exported = await downloadOf(page, exportButton(page))
  expect(exported.name).toBe('2026年度考评细则（乡镇（街道）和园区）.xlsx')
  const rows = sheetRows(exported.data, '考评细则')
  expect(rows[1]).toEqual(['一级指标', '指标编号', '考评内容', '满分', '扣分步长', '评分标准'])
  const itemCount = rows.length - 2
  expect(rows[2]!.slice(1, 4)).toEqual(['1.1', rows[2]![2], '4'])

  // In Excel: 1.1 gains a point that 1.2 gives up (still 100), and 1.1's wording changes.
  const edited = editWorkbook(exported.data, {
    考评细则: { C3: '建立党政同责工作机制并每年研究部署', D3: 5, D4: 3, E4: 1 },
  })
  await chooseFiles(page, importButton(page), [{ name: '细则（修改后）.xlsx', data: edited }])
  await page.getByRole('dialog').getByRole('button', { name: '替换' }).click()
  await expect(page.getByTestId('notice-info').last()).toContainText(
    `已载入“细则（修改后）.xlsx”：3 个一级指标、${itemCount} 项考评内容`,
  )
  await expect(criteria.item('1-1', '分值')).toHaveValue('5.00')
  await expect(criteria.item('1-1', '考评内容')).toHaveValue('建立党政同责工作机制并每年研究部署')
  await expect(criteria.item('1-2', '分值')).toHaveValue('3.00')
  await criteria.expectTotal('合计 100.00 分', true)
  await expect(page.getByText('有未保存的修改')).toBeVisible()
  await app.screenshot('criteria-import-draft')

  // Nothing is stored until 保存细则; after it, the export is the file that came in.
  await criteria.save()
  const again = await downloadOf(page, exportButton(page))
  expect(sheetRows(again.data, '考评细则')).toEqual(sheetRows(edited, '考评细则'))

  // A bad file: the cells are named, the draft and the stored sheet stay as they were.
  const bad = editWorkbook(again.data, { 考评细则: { D5: '很多', E3: -1 } })
  await chooseFiles(page, importButton(page), [{ name: '细则.xlsx', data: bad }])
  const report = page.getByTestId('criteria-file-problems')
  await expect(report).toContainText('未载入，细则没有改动')
  await expect(report).toContainText('细则.xlsx · 考评细则 · D5: ')
  await expect(report).toContainText('细则.xlsx · 考评细则 · E3: ')
  await expect(criteria.item('1-1', '分值')).toHaveValue('5.00')
  await expect(page.getByText('有未保存的修改')).toHaveCount(0)
  await app.screenshot('criteria-import-refused')

  // A sheet that does not add up to 100 is refused as a whole, with the total named.
  const short = editWorkbook(again.data, { 考评细则: { D3: 1 } })
  await chooseFiles(page, importButton(page), [{ name: '细则-合计不足.xlsx', data: short }])
  await expect(page.getByTestId('criteria-file-problems')).toContainText(
    '细则-合计不足.xlsx · 考评细则: ',
  )
  await expect(page.getByTestId('criteria-file-problems')).toContainText('100')
  await expect(criteria.item('1-1', '分值')).toHaveValue('5.00')

  await page.reload()
  await app.signInIfAsked()
  await app.goTo('考评细则')
  await expect(criteria.item('1-1', '分值')).toHaveValue('5.00')
})

test('考评细则：已有单位报回后导入的细则保存为新版本，须填写说明并标注', async ({ page }) => {
  const app = new AppModel(page)
  await app.open()
  await new YearPageModel(app).create('从示例年度开始')
  await app.goTo('考评细则')
  const criteria = new CriteriaPageModel(app)
  await expect(page.getByTestId('criteria-version')).toContainText('第 1 版')
  const township = await downloadOf(page, exportButton(page))
  await page.getByRole('tab', { name: '县级部门' }).click()
  await criteria.expectTotal('合计 100.00 分', true)

  // The townships' file in the departments' tab: asked first, and cancelling changes nothing.
  const departmentFirst = await criteria.item('1-1', '考评内容').inputValue()
  await chooseFiles(page, importButton(page), [township])
  const ask = page.getByRole('dialog')
  await expect(ask).toContainText('文件似乎是另一个序列的细则')
  await expect(ask).toContainText('文件标题写的是“乡镇（街道）和园区”的细则')
  await ask.getByRole('button', { name: '取消' }).click()
  await expect(criteria.item('1-1', '考评内容')).toHaveValue(departmentFirst)
  await expect(page.getByText('有未保存的修改')).toHaveCount(0)

  const exported = await downloadOf(page, exportButton(page))
  expect(exported.name).toBe('2026年度考评细则（县级部门）.xlsx')
  const edited = editWorkbook(exported.data, {
    考评细则: { F3: '每季度至少研究一次，未研究的扣分。' },
  })
  await chooseFiles(page, importButton(page), [{ name: '部门细则.xlsx', data: edited }])
  await page.getByRole('dialog').getByRole('button', { name: '替换' }).click()
  await expect(criteria.item('1-1', '评分标准')).toHaveValue('每季度至少研究一次，未研究的扣分。')

  await page.getByRole('button', { name: '保存细则' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('修改将保存为新版本并作标注')
  await dialog.getByLabel('修改说明（记入修改记录）').fill('按县绩效办通知调整评分标准')
  await dialog.getByRole('button', { name: '保存为新版本' }).click()
  await expect(page.getByTestId('notice-success').last()).toContainText('生成第 2 版')
  await expect(page.getByTestId('criteria-version')).toContainText('第 2 版')
  await expect(page.getByText('已在自查材料报回后修改')).toBeVisible()
})

// 单位名册 ⇄ Excel: the exported roster comes back unchanged, an edited one is previewed (new and
// changed units per sequence) and written only on confirm; a bad file names its cell and
// changes nothing.
import { expect, test, type Page } from '@playwright/test'
import { AppModel } from './models/app'
import {
  appendRows,
  chooseFiles,
  dialogShot,
  downloadOf,
  editWorkbook,
  sheetRows,
} from './models/excel-files'
import { UnitsPageModel } from './models/units-page'
import { YearPageModel } from './models/year-page'

const TOWNSHIPS = '乡镇（街道）和园区'
const DEPARTMENTS = '县级部门'

async function counts(units: UnitsPageModel) {
  const read = async (seq: typeof TOWNSHIPS | typeof DEPARTMENTS) => {
    const badge = units.roster(seq).getByTestId('roster-count')
    // Until the roster is read the badge says 读取中, not a count.
    await expect(badge).toHaveText(/在册 \d+ 个/)
    return Number(/在册 (\d+) 个/.exec((await badge.textContent())!)![1])
  }
  return { townships: await read(TOWNSHIPS), departments: await read(DEPARTMENTS) }
}

const importButton = (page: Page) => page.getByRole('button', { name: '从 Excel 导入……' })
const exportButton = (page: Page) => page.getByRole('button', { name: '导出到 Excel……' })

test('单位名册：导出再导入数量不变；改过的名册先预览新增和修改，确认后一次写入并记入修改记录', async ({
  page,
}) => {
  const app = new AppModel(page)
  await app.open()
  await new YearPageModel(app).create('从示例年度开始')
  await app.goTo('单位名册')
  const units = new UnitsPageModel(app)
  const before = await counts(units)
  expect(before.townships).toBeGreaterThan(0)

  const exported = await downloadOf(page, exportButton(page))
  expect(exported.name).toBe('2026年度被考评单位名册.xlsx')
  const rows = sheetRows(exported.data, '单位名册')
  expect(rows[1]).toContain('单位名称')
  expect(rows.length - 2).toBe(before.townships + before.departments)

  // The same file back: every unit is recognised, nothing to import.
  await chooseFiles(page, importButton(page), [exported])
  const preview = page.getByTestId('roster-import-preview')
  await expect(preview.getByTestId('roster-import-summary')).toContainText(
    `文件共 ${before.townships + before.departments} 个单位：新增 0 个，修改 0 个，与名册相同 ${before.townships + before.departments} 个`,
  )
  await expect(preview.getByRole('button', { name: '没有需要导入的变化' })).toBeDisabled()
  await preview.getByRole('button', { name: '取消' }).click()
  await expect(preview).toHaveCount(0)

  // Edited in Excel: one contact changed, a township and a department added at the bottom.
  const firstName = rows[2]![1]!
  const edited = appendRows(
    editWorkbook(exported.data, { 单位名册: { K3: '钱多多', L3: '13900000000' } }),
    '单位名册',
    [
      [
        '',
        '红岩镇',
        TOWNSHIPS,
        '乡镇',
        '刘强',
        '镇党委书记',
        '',
        '',
        '',
        '',
        '陈静',
        '0830-5550001',
      ],
      ['', '县档案馆', DEPARTMENTS, '部门', '', '', '孙波', '局长'],
    ],
  )
  await chooseFiles(page, importButton(page), [{ name: '名册（修改后）.xlsx', data: edited }])
  const summary = preview.getByTestId('roster-import-summary')
  await expect(summary.getByRole('row', { name: new RegExp(`^${TOWNSHIPS}`) })).toHaveText(
    `${TOWNSHIPS}1 个1 个`,
  )
  await expect(summary.getByRole('row', { name: new RegExp(`^${DEPARTMENTS}`) })).toHaveText(
    `${DEPARTMENTS}1 个0 个`,
  )
  await expect(preview.getByTestId('roster-import-added')).toContainText('红岩镇')
  await expect(preview.getByTestId('roster-import-added')).toContainText('孙波（局长）')
  const changed = preview.getByTestId('roster-import-changed')
  await expect(changed).toContainText(firstName)
  await expect(changed).toContainText('联系人')
  await expect(changed).toContainText('钱多多 13900000000')
  await dialogShot(page, 'roster-import-preview')

  await preview.getByRole('button', { name: '确认导入（新增 2 个，修改 1 个）' }).click()
  await expect(page.getByTestId('notice-success').last()).toContainText(
    '已从 Excel 导入名册：新增 2 个单位，修改 1 个',
  )
  await expect(preview).toHaveCount(0)
  expect(await counts(units)).toEqual({
    townships: before.townships + 1,
    departments: before.departments + 1,
  })
  await expect(units.roster(TOWNSHIPS)).toContainText('钱多多 13900000000')
  await app.screenshot('units-after-roster-import')

  // The history names the operator and the file, one entry per unit.
  await app.goTo('数据与备份')
  const history = page.getByTestId('history-table')
  await expect(history).toContainText('从 Excel 导入名册：名册（修改后）.xlsx')
  await expect(history).toContainText('王芳')

  // And the round trip holds after the import: export again, re-import, nothing changes.
  await app.goTo('单位名册')
  const again = await downloadOf(page, exportButton(page))
  expect(sheetRows(again.data, '单位名册').length - 2).toBe(
    before.townships + before.departments + 2,
  )
  await chooseFiles(page, importButton(page), [again])
  await expect(preview.getByTestId('roster-import-summary')).toContainText(
    `新增 0 个，修改 0 个，与名册相同 ${before.townships + before.departments + 2} 个`,
  )
})

test('单位名册：有错的名册文件写明文件、工作表和单元格，名册不变', async ({ page }) => {
  const app = new AppModel(page)
  await app.open()
  await new YearPageModel(app).create('从示例年度开始')
  await app.goTo('单位名册')
  const units = new UnitsPageModel(app)
  const before = await counts(units)
  const exported = await downloadOf(page, exportButton(page))

  const bad = appendRows(
    editWorkbook(exported.data, { 单位名册: { C4: '市级单位', L5: '电话未知' } }),
    '单位名册',
    [['', '红岩镇', TOWNSHIPS, '乡镇']],
  )
  await chooseFiles(page, importButton(page), [{ name: '名册.xlsx', data: bad }])
  const errors = page.getByTestId('roster-import-errors')
  await expect(errors).toContainText('名册没有任何改动')
  await expect(errors).toContainText(
    '名册.xlsx · 单位名册 · C4: 序列应为“乡镇（街道）和园区”或“县级部门”',
  )
  await expect(errors).toContainText('名册.xlsx · 单位名册 · 第 5 行: 联系人 · 联系电话')
  await expect(page.getByRole('button', { name: /^确认导入/ })).toHaveCount(0)
  await dialogShot(page, 'roster-import-refused')
  await page.getByTestId('roster-import-preview').getByRole('button', { name: '关闭' }).click()

  expect(await counts(units)).toEqual(before)
  await expect(units.roster(TOWNSHIPS)).not.toContainText('红岩镇')

  // A unit that has returned its file cannot move to the other sequence.
  const movedName = sheetRows(exported.data, '单位名册')[2]![1]!
  const moved = editWorkbook(exported.data, { 单位名册: { C3: DEPARTMENTS, D3: '部门' } })
  await chooseFiles(page, importButton(page), [{ name: '名册.xlsx', data: moved }])
  await expect(page.getByTestId('roster-import-errors')).toContainText(
    `名册.xlsx · 单位名册 · 第 3 行: 单位“${movedName}”已有自查材料或评分，不能改换序列`,
  )
  await page.getByTestId('roster-import-preview').getByRole('button', { name: '关闭' }).click()
  expect(await counts(units)).toEqual(before)

  // The unit form says the same and offers no sequence to switch to.
  await page.getByRole('button', { name: `修改${movedName}` }).click()
  await expect(units.dialog()).toContainText('该单位已有自查材料或评分，不能改换序列')
  await units.dialog().getByRole('button', { name: '取消' }).click()

  // Not a workbook at all: refused in Chinese, nothing changes.
  await chooseFiles(page, importButton(page), [
    { name: '名册.xlsx', data: new TextEncoder().encode('这不是 Excel 文件') },
  ])
  await expect(page.getByTestId('roster-import-errors')).toContainText('名册.xlsx: ')
  await page.getByTestId('roster-import-preview').getByRole('button', { name: '关闭' }).click()
  expect(await counts(units)).toEqual(before)
})

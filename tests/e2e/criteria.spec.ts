import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { unzipSync } from 'fflate'
import { createSampleYear, criteriaItems, type Sequence } from '../../src/domain'
import { unitFileName } from '../../src/excel'
import { itemRows } from '../excel/fill-template'
import { AppModel } from './models/app'
import { CriteriaPageModel } from './models/criteria-page'
import { YearPageModel } from './models/year-page'

test('考评细则：默认细则合计 100 分，改动使合计标红，改回后恢复，问题逐项指出，不足 100 分只能存为草稿，保存后重新打开仍在', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const app = new AppModel(page)
  await app.open()
  await new YearPageModel(app).create('从零新建', 2026)
  await app.goTo('考评细则')
  const criteria = new CriteriaPageModel(app)

  // A year from scratch starts with the default sheet of 第九条.
  await criteria.expectTotal('合计 100.00 分', true)
  await expect(page.getByLabel('一级指标 1 名称')).toHaveValue('加强组织领导情况')
  await expect(criteria.item('1-1', '分值')).toHaveValue('4.00')

  // Exact decimals, red until exactly 100.
  await criteria.item('1-1', '分值').fill('4.5')
  await criteria.expectTotal('合计 100.50 分（超出 0.50 分）', false)
  await criteria.item('1-1', '分值').fill('3.9')
  await criteria.expectTotal('合计 99.90 分（还差 0.10 分）', false)
  await criteria.item('1-1', '分值').fill('4')
  await criteria.expectTotal('合计 100.00 分', true)

  await criteria.addCategory('新增的一级指标')
  await criteria.addItem(4, '1.1', '临时增加的考评内容', '2')
  await criteria.expectTotal('合计 102.00 分（超出 2.00 分）', false)
  await expect(page.getByTestId('category-4').getByTestId('category-total')).toHaveText(
    '小计 2.00 分',
  )
  await criteria.item('1-2', '扣分步长').fill('3')
  await app.screenshot('criteria-red')

  // Problems are named, and nothing is saved.
  await page.getByRole('button', { name: '保存细则' }).click()
  const problems = page.getByTestId('criteria-problems')
  await expect(problems).toContainText('1.2：扣分步长 3 分不能整除分值 4.00 分')
  await expect(problems).toContainText('编号“1.1”重复了 2 次')
  await expect(problems).toContainText(
    '合计 102.00 分，不等于 100.00 分（多 2.00 分），不能保存为正式版本',
  )

  // Work in progress is kept as a draft, clearly marked, while the version stays as it was.
  await criteria.item('1-2', '扣分步长').fill('1')
  await criteria.item('4-1', '编号').fill('4.1')
  await page.getByRole('button', { name: '存为草稿' }).click()
  await expect(page.getByTestId('notice-success').last()).toContainText(
    '草稿不生效：模板、评分和排名仍用第 1 版',
  )
  await page.reload()
  await app.signInIfAsked()
  await app.goTo('考评细则')
  await expect(page.getByTestId('criteria-draft')).toContainText('草稿（未生效）')
  await expect(page.getByTestId('criteria-version')).toContainText('第 1 版')
  await criteria.expectTotal('合计 102.00 分（超出 2.00 分）', false)
  await app.screenshot('criteria-draft')

  // Removing a category with items asks first.
  await page.getByTestId('category-4').getByRole('button', { name: '删去此指标' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '删去' }).click()
  await criteria
    .item('1-3', '考评内容')
    .fill('研究解决本地生态环境保护中的重大问题（每半年至少一次）')
  await criteria.expectTotal('合计 100.00 分', true)
  await criteria.save()
  await expect(page.getByTestId('notice-success').last()).toContainText('合计 100.00 分')
  await expect(page.getByTestId('criteria-draft')).toHaveCount(0)
  await app.screenshot('criteria-saved')

  // The other sequence has its own sheet (第十条).
  await page.getByRole('tab', { name: '县级部门' }).click()
  await criteria.expectTotal('合计 100.00 分', true)

  await page.reload()
  await app.signInIfAsked()
  await app.goTo('考评细则')
  await expect(criteria.item('1-3', '考评内容')).toHaveValue(
    '研究解决本地生态环境保护中的重大问题（每半年至少一次）',
  )
  await expect(page.getByTestId('category-4')).toHaveCount(0)
  await criteria.expectTotal('合计 100.00 分', true)
})

test('考评细则：已有单位报回自查材料后，修改须填写说明并生成新版本，不会悄悄改变', async ({
  page,
}) => {
  // A whole sample county first: passes in ~50 s alone, more on a busy shared machine.
  test.setTimeout(120_000)
  const app = new AppModel(page)
  await app.open()
  await new YearPageModel(app).create('从示例年度开始')
  await app.goTo('考评细则')
  const criteria = new CriteriaPageModel(app)
  await criteria.expectTotal('合计 100.00 分', true)
  await expect(page.getByTestId('criteria-version')).toContainText('第 1 版')

  await criteria.item('1-3', '评分标准').fill('每半年至少研究一次，未研究的不得分。')
  await page.getByRole('button', { name: '保存细则' }).click()
  const dialog = page.getByRole('dialog')
  // The store checks every submission of the sequence first: slow on a busy machine.
  await expect(dialog).toContainText('已有单位按现行细则报回了自查材料', { timeout: 20_000 })
  await expect(dialog.getByRole('button', { name: '保存为新版本' })).toBeDisabled()
  await dialog.getByLabel('修改说明（记入修改记录）').fill('按县委常委会意见细化评分标准')
  await dialog.getByRole('button', { name: '保存为新版本' }).click()
  await expect(page.getByTestId('notice-success').last()).toContainText('生成第 2 版', {
    timeout: 20_000,
  })
  await expect(page.getByTestId('criteria-version')).toContainText('第 2 版')
  await expect(page.getByText('已在自查材料报回后修改')).toBeVisible()
  await expect(criteria.item('1-3', '评分标准')).toHaveValue('每半年至少研究一次，未研究的不得分。')
  await app.screenshot('criteria-new-version')
})

/** Every item's code and title as the editor shows them, in order. */
async function shownItems(page: Page): Promise<string[]> {
  const codes = await page
    .getByLabel(/^第 \d+-\d+ 项编号$/)
    .evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value))
  const titles = await page
    .getByLabel(/^第 \d+-\d+ 项考评内容$/)
    .evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value))
  return codes.map((c, i) => `${c} ${titles[i]}`)
}

const storedItems = (sequence: Sequence): string[] =>
  criteriaItems(createSampleYear().criteria[sequence]).map((i) => `${i.code} ${i.title}`)

test('考评细则：切换序列后各显示本序列自己的细则，保存、重新打开后仍是本序列的，乡镇模板列出乡镇的考评内容', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const app = new AppModel(page)
  await app.open()
  await new YearPageModel(app).create('从示例年度开始')
  await app.goTo('考评细则')
  const township = storedItems('township')
  const department = storedItems('department')
  // Both sheets are 第 1 版 with the same save time: only the sheet's own id tells them apart.
  expect(township).not.toEqual(department)
  await expect.poll(() => shownItems(page)).toEqual(township)

  await page.getByRole('tab', { name: '县级部门' }).click()
  await expect.poll(() => shownItems(page)).toEqual(department)
  await page.getByRole('tab', { name: '乡镇（街道）和园区' }).click()
  await expect.poll(() => shownItems(page)).toEqual(township)
  await app.screenshot('criteria-tabs-township')

  // An edit saved under 乡镇 is the townships' 第 2 版 and leaves the departments' sheet alone.
  const criteria = new CriteriaPageModel(app)
  await criteria.item('1-3', '评分标准').fill('每半年至少研究一次，未研究的不得分。')
  await page.getByRole('button', { name: '保存细则' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('修改说明（记入修改记录）').fill('细化评分标准', { timeout: 20_000 })
  await dialog.getByRole('button', { name: '保存为新版本' }).click()
  await expect(page.getByTestId('criteria-version')).toContainText('第 2 版', { timeout: 20_000 })

  await page.reload()
  await app.signInIfAsked()
  await app.goTo('考评细则')
  await expect.poll(() => shownItems(page)).toEqual(township)
  await expect(page.getByTestId('criteria-version')).toContainText('第 2 版')
  await page.getByRole('tab', { name: '县级部门' }).click()
  await expect.poll(() => shownItems(page)).toEqual(department)
  await expect(page.getByTestId('criteria-version')).toContainText('第 1 版')
  await app.screenshot('criteria-tabs-department')

  // The templates come from the stored sheets: a township's lists the township items.
  await app.goTo('自查材料')
  await page.getByText('只为尚未回收的单位生成').click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '生成自查表模板……' }).click()
  const saved = await download
  const pkg = createSampleYear()
  const active = pkg.units.filter((u) => !u.retired)
  // One download holds every template (Chromium kept 16–17 of 46 separate ones), and the
  // toast says where it went.
  const toast = page.getByTestId('notice-success').last()
  await expect(toast).toContainText(`已生成 ${active.length} 份自查表模板`)
  await expect(toast).toContainText(`保存在浏览器下载文件夹中的“${saved.suggestedFilename()}”`)
  const zip = unzipSync(new Uint8Array(await readFile((await saved.path())!)))
  expect(Object.keys(zip).sort()).toEqual(active.map((u) => unitFileName(u)).sort())
  const unit = pkg.units.find((u) => u.sequence === 'township')!
  const file = zip[unitFileName(unit)]
  expect(file).toBeDefined()
  expect([...itemRows(file!).keys()]).toEqual(township.map((t) => t.split(' ')[0]))
})

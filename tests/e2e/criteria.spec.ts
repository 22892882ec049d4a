import { expect, test } from '@playwright/test'
import { AppModel } from './models/app'
import { CriteriaPageModel } from './models/criteria-page'
import { YearPageModel } from './models/year-page'

test('考评细则：树形编辑，合计不等于 100 分时标红，改回后恢复，保存后重新打开仍在', async ({
  page,
}) => {
  const app = new AppModel(page)
  await app.open()
  await new YearPageModel(app).create('从零新建', 2026)
  await app.goTo('考评细则')
  const criteria = new CriteriaPageModel(app)
  await criteria.expectTotal('合计 0.00 分', false)

  await criteria.addCategory('加强组织领导情况')
  await criteria.addItem(1, 'A1', '研究部署环境保护工作', '60')
  await criteria.addCategory('推动重点工作情况')
  await criteria.addItem(2, 'B1', '完成年度环境质量目标', '30')
  await criteria.expectTotal('合计 90.00 分（还差 10.00 分）', false)
  await expect(page.getByTestId('category-1').getByTestId('category-total')).toHaveText(
    '小计 60.00 分',
  )

  await criteria.item('2-1', '分值').fill('40')
  await criteria.expectTotal('合计 100.00 分', true)
  await criteria.item('2-1', '扣分步长').fill('3')
  await criteria.item('1-1', '编号').fill('B1')

  // Problems are named, and nothing is saved.
  await page.getByRole('button', { name: '保存细则' }).click()
  const problems = page.getByTestId('criteria-problems')
  await expect(problems).toContainText('扣分步长 3 分不能整除分值 40 分')
  await expect(problems).toContainText('编号“B1”重复了 2 次')
  await criteria.item('1-1', '编号').fill('A1')
  await criteria.item('2-1', '扣分步长').fill('2')
  await page.getByLabel('一票否决情形（每行一条）').fill('受到市级以上环境保护行政主管部门区域限批')
  await criteria.save()
  await expect(page.getByTestId('notice-success').last()).toContainText(
    '2 个一级指标、2 项考评内容，合计 100.00 分',
  )

  // An edit that breaks the total turns it red, decimals stay exact, and back to 100 is green.
  await criteria.item('1-1', '分值').fill('60.1')
  await criteria.expectTotal('合计 100.10 分（超出 0.10 分）', false)
  await app.screenshot('criteria-red')
  await criteria.item('1-1', '分值').fill('59.9')
  await criteria.item('2-1', '分值').fill('40.1')
  await criteria.item('2-1', '扣分步长').fill('')
  await criteria.expectTotal('合计 100.00 分', true)
  await criteria.save()
  await app.screenshot('criteria-saved')

  // The other sequence has its own sheet.
  await page.getByRole('tab', { name: '县级部门' }).click()
  await criteria.expectTotal('合计 0.00 分', false)

  await page.reload()
  await app.signInIfAsked()
  await app.goTo('考评细则')
  await expect(criteria.item('1-1', '分值')).toHaveValue('59.90')
  await expect(criteria.item('2-1', '考评内容')).toHaveValue('完成年度环境质量目标')
  await criteria.expectTotal('合计 100.00 分', true)
  await expect(page.getByLabel('一票否决情形（每行一条）')).toHaveValue(
    '受到市级以上环境保护行政主管部门区域限批',
  )
})

// 修改记录 reads by itself: every kind of entry says unit, item, old → new and reason, and
// 撤回 says what it undoes. The sample year brings its ledger and adjustments; the test adds a
// score, a criteria version and a settings change, then withdraws the score.
import { expect, test } from '@playwright/test'
import { CriteriaPageModel } from './models/criteria-page'
import { ScoringPageModel } from './models/scoring-page'

test('修改记录：评分、复核调整、问题台账、细则、设置各条写明单位、指标、原值 → 新值和理由，撤回写明撤回的是什么', async ({
  page,
}) => {
  test.setTimeout(240_000)
  const { app, scoring } = await ScoringPageModel.onSampleYear(page, '青山镇', '测试评分人甲')
  const row = scoring.row(3)
  const code = ((await row.locator('td').first().textContent()) ?? '').trim()
  await row.locator('input.kp-score').focus()
  await page.keyboard.type('0')
  await page.keyboard.press('Enter')
  await page.keyboard.type('佐证材料未见会议记录')
  await page.keyboard.press('Tab')
  await expect(scoring.progress()).toContainText('已评 1/')

  await app.goTo('考评细则')
  const criteria = new CriteriaPageModel(app)
  await criteria.item('1-3', '评分标准').fill('每半年至少研究一次，未研究的不得分。')
  await page.getByRole('button', { name: '保存细则' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('修改说明（记入修改记录）').fill('细化评分标准', { timeout: 20_000 })
  await dialog.getByRole('button', { name: '保存为新版本' }).click()
  await expect(page.getByTestId('criteria-version')).toContainText('第 2 版', { timeout: 20_000 })

  await app.goTo('年度设置')
  const settings = page.getByTestId('year-settings')
  await settings.getByLabel('县名').fill('云岭县')
  await settings.getByRole('button', { name: '保存设置' }).click()
  await expect(page.getByTestId('notice-success').last()).toContainText('已保存年度设置')

  await app.goTo('数据与备份')
  const table = page.getByTestId('history-table')
  const line = (kind: string, text: string) =>
    table.getByRole('row').filter({ hasText: kind }).filter({ hasText: text })
  await expect(
    line('评分', `青山镇 · 测试评分人甲 · ${code}：未评 → 0.00（佐证材料未见会议记录）`),
  ).toHaveCount(1)
  await expect(
    line('考评细则', '乡镇（街道）和园区考评细则 第 1 版（20 项） → 第 2 版（20 项）'),
  ).toContainText('细化评分标准')
  await expect(line('年度设置', '县名：云溪县 → 云岭县')).toHaveCount(1)
  await expect(line('复核调整', '石门镇 · 指标 2.2：-1.00 分（云环督〔2026〕15号）')).toContainText(
    '日常监管发现大气污染防治任务推进滞后',
  )
  await expect(line('问题台账', '河口镇 · 河道沿岸违规堆放工业固废')).toContainText(
    '国家长江经济带生态环境警示片典型案例，扣 10.00 分',
  )
  await expect(table).not.toContainText('其他修改')
  // Nothing in the sample is dated after the day it was made.
  // (The table shows Beijing time, as the tests' browser runs in Asia/Shanghai.)
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
  for (const at of await table.locator('tbody tr td:first-child').allTextContents())
    expect(at.slice(0, 10) <= today, at).toBe(true)

  // 撤回 says what it undoes, and its own entry says it again.
  await line('评分', '测试评分人甲')
    .getByRole('button', { name: /撤回第 \d+ 条修改/ })
    .click()
  await expect(dialog).toContainText(
    `评分：青山镇 · 测试评分人甲 · ${code}：未评 → 0.00（佐证材料未见会议记录）`,
  )
  await dialog.getByLabel('撤回理由').fill('评错了单位')
  await dialog.getByRole('button', { name: '撤回' }).click()
  await expect(page.getByTestId('notice-success').last()).toContainText('已撤回 1 条修改')
  await expect(line('撤回', `青山镇 · 测试评分人甲 · ${code}：0.00 → 清除`)).toContainText(
    '评错了单位',
  )
  await app.screenshot('history-every-kind')
})

import { expect, test, type Locator, type Page } from '@playwright/test'
import { fmt, ScoringPageModel, toHundredths } from './models/scoring-page'

// The sample county: 青山镇 has a submission and three reviewers' scores; 白水镇 and 桃源镇
// tie across the 先进 line; 龙潭镇 is under a veto.

// A paste from Excel/WPS as the browser delivers it (a ClipboardEvent with text/plain). Passed
// as a string because these specs are typechecked without the DOM library.
async function paste(page: Page, cell: Locator, text: string) {
  await cell.focus()
  await page.evaluate(`(() => {
    const data = new DataTransfer()
    data.setData('text/plain', ${JSON.stringify(text)})
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
    document.activeElement.dispatchEvent(event)
  })()`)
}

test('审核评分 by keyboard, paste, refusal, two reviewers; 复核; ranking explanations; 审定 locks', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const { app, scoring } = await ScoringPageModel.onSampleYear(page, '青山镇', '测试评分人甲')
  const row = (index: number) => scoring.row(index)
  const grid = page.getByTestId('score-grid')
  await expect(grid).toBeVisible()
  const total = await grid.locator('tbody tr[data-item]').count()
  await expect(scoring.progress()).toHaveText(`本单位已评 0/${total}`)

  // Keyboard only: agree with the self score on the first three items, Enter moves down.
  await row(0).locator('input.kp-score').focus()
  for (let i = 0; i < 3; i++) {
    const self = (await row(i).getByTestId('self-score').textContent()) ?? ''
    await page.keyboard.type(self.trim())
    await page.keyboard.press('Enter')
  }
  await expect(row(3).locator('input.kp-score')).toBeFocused()
  await expect(scoring.progress()).toHaveText(`本单位已评 3/${total}`)

  // A score below the self score is held until its reason is given, then saved.
  await page.keyboard.type('0')
  await page.keyboard.press('Enter')
  await expect(row(3).getByRole('alert')).toContainText('请填写理由')
  await expect(row(3).getByLabel(/理由$/)).toBeFocused()
  await page.keyboard.type('佐证材料未见会议记录')
  await page.keyboard.press('Tab')
  await expect(row(4).locator('input.kp-score')).toBeFocused()
  await expect(scoring.progress()).toHaveText(`本单位已评 4/${total}`)

  // Over the maximum: refused at once, the focus stays, Esc puts the cell back.
  await page.keyboard.type('999')
  await page.keyboard.press('Enter')
  await expect(row(4).getByRole('alert')).toContainText('超过满分')
  await expect(row(4).locator('input.kp-score')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(row(4).locator('input.kp-score')).toHaveValue('')
  await expect(scoring.progress()).toHaveText(`本单位已评 4/${total}`)
  await app.screenshot('scoring-keyboard')

  // A column pasted from Excel: zeros and self scores land, bad values are reported.
  const selfOf = async (i: number) =>
    (await row(i).getByTestId('self-score').textContent())?.trim() ?? ''
  const column = [await selfOf(5), '999', 'abc', await selfOf(8)].join('\r\n') + '\r\n'
  await paste(page, row(5).locator('input.kp-score'), column)
  const report = page.getByTestId('paste-report')
  await expect(report).toContainText('已粘贴 2 格，拒绝 2 格')
  await expect(report).toContainText('超过满分')
  await expect(report).toContainText('不是有效的分数')
  await expect(scoring.progress()).toHaveText(`本单位已评 6/${total}`)
  await app.screenshot('scoring-paste')

  // A second reviewer: the aggregate is the mean of every reviewer's score on the item.
  await scoring.addReviewer('测试评分人乙')
  const first = row(0)
  const self0 = await selfOf(0)
  await first.locator('input.kp-score').focus()
  await page.keyboard.type(self0)
  await page.keyboard.press('Enter')
  await expect(scoring.progress()).toHaveText(`本单位已评 1/${total}`)
  const figures = await first.locator('td.kp-num').allTextContents()
  // 编号, 满分, 自评, four other reviewers, 汇总
  const others = figures.slice(3, 7).map(toHundredths)
  const all = [...others, toHundredths(self0)]
  const mean = Math.floor((2 * all.reduce((a, b) => a + b, 0) + all.length) / (2 * all.length))
  await expect(first.locator('td.kp-num').nth(7)).toHaveText(new RegExp(`^${fmt(mean)}`))
  await app.screenshot('scoring-two-reviewers')

  // 复核: an adjustment needs its supervision reference, then is recorded.
  await app.goTo('复核')
  await scoring.pickUnit('青山镇')
  const adj = page.getByTestId('adjustments')
  await adj.getByLabel(/调整分值/).fill('-1.5')
  await adj.getByLabel('调整理由').fill('日常督查发现扬尘问题整改不到位')
  await adj.getByRole('button', { name: '记录调整' }).click()
  await expect(adj.getByRole('alert')).toContainText('日常监管依据')
  await adj.getByLabel('日常监管依据').fill('县环督〔2026〕12号')
  await adj.getByRole('button', { name: '记录调整' }).click()
  await expect(page.getByTestId('notice-success').last()).toContainText('已记录复核调整')
  await expect(adj).toContainText('县环督〔2026〕12号')
  await app.screenshot('recheck')
  // 撤销 asks for a reason; the adjustment then no longer counts (its record stays in 修改记录).
  await adj
    .getByRole('row', { name: /县环督〔2026〕12号/ })
    .getByRole('button', { name: '撤销' })
    .click()
  const withdrawal = page.getByRole('dialog')
  await expect(withdrawal).toContainText('撤销后该调整不再计入得分，记录保留。')
  await withdrawal.getByLabel('撤销理由（必填）').fill('监管依据文号有误，重新核实')
  await withdrawal.getByRole('button', { name: '撤销' }).click()
  await expect(page.getByTestId('notice-success').last()).toContainText('已撤销复核调整')
  await expect(adj).not.toContainText('县环督〔2026〕12号')

  // 排名结果: the tie and the veto, each explained in words.
  await app.goTo('排名结果')
  const township = page.getByTestId('ranking-township')
  await expect(township.locator('tr[data-unit="白水镇"]')).toContainText('（并列）')
  await township.locator('tr[data-unit="白水镇"]').click()
  await expect(page.getByTestId('explanation')).toContainText('与桃源镇并列')
  await app.screenshot('ranking-tie')
  await page.keyboard.press('Escape')
  await township.locator('tr[data-unit="龙潭镇"]').click()
  await expect(page.getByTestId('explanation')).toContainText('一票否决')
  await page.keyboard.press('Escape')
  await expect(township.locator('tr[data-unit="龙潭镇"]')).toContainText('一票否决')
  await app.screenshot('ranking')

  // 审定, then every edit is refused with the reason.
  await page.getByRole('button', { name: '审定并锁定……' }).click()
  await page
    .getByRole('dialog')
    .getByLabel(/审定依据/)
    .fill('县绩效委 2027 年第 1 次会议')
  await page.getByRole('dialog').getByRole('button', { name: '审定并锁定' }).click()
  await expect(page.getByTestId('approval-state')).toHaveText('已审定 · 已锁定')
  await expect(page.getByTestId('approval-panel')).toContainText('审定：王芳')
  await app.screenshot('approved')

  await app.goTo('审核评分')
  await expect(page.getByTestId('locked-notice')).toContainText('已审定锁定')
  await row(1).locator('input.kp-score').focus()
  await page.keyboard.type('1')
  await expect(row(1).getByRole('alert')).toContainText('已审定锁定，不能修改')
  await app.goTo('复核')
  await expect(page.getByRole('button', { name: '记录调整' })).toBeDisabled()
  await app.screenshot('locked')
})

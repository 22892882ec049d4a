// A self-assessment version that arrives after review began: the import report lists the
// reviewer scores it overtook, the scoring grid marks each such row (原 → 新，请确认) until the
// reviewer keeps the score (维持评分, recorded in 修改记录) or types a new one.
import { expect, test } from '@playwright/test'
import { formatPoints } from '../../src/domain'
import { importReturned, returnedFile } from './models/returned-files'
import { ScoringPageModel } from './models/scoring-page'

test('自评在评分后更新：评分表逐行标出“自评已更新，请确认”，维持评分或改分后标记消失', async ({
  page,
}) => {
  const base = returnedFile(0)
  const [a, b] = base.items
  const { app, scoring } = await ScoringPageModel.onSampleYear(page, base.unit.name, '赵六')

  // 赵六 agrees with the self scores of the first two items as they stand.
  for (const [i, item] of [a!, b!].entries()) {
    const self = (await scoring.row(i).getByTestId('self-score').textContent())!.trim()
    const cell = scoring.row(i).getByLabel(`${item.code} 得分`)
    await cell.fill(self)
    await cell.press('Enter')
    await expect(cell).toHaveValue(self)
  }
  const selfA = (await scoring.row(0).getByTestId('self-score').textContent())!.trim()
  const selfB = (await scoring.row(1).getByTestId('self-score').textContent())!.trim()

  // The unit lowers both self scores after review began.
  const lower = (max: number) => Number(formatPoints(max - 100))
  const again = returnedFile(0, (row) => ({
    [`D${row(a!.code)}`]: lower(a!.max),
    [`D${row(b!.code)}`]: lower(b!.max),
  }))
  await app.goTo('自查材料')
  await importReturned(page, [again.file])
  await expect(page.getByTestId('import-report')).toContainText(
    `${a!.code} 赵六 审核得分 ${selfA}，自评得分 ${selfA} → ${formatPoints(a!.max - 100)}`,
  )

  await app.goTo('审核评分')
  await scoring.pickUnit(base.unit.name)
  const markA = scoring.row(0).getByTestId('self-changed')
  const markB = scoring.row(1).getByTestId('self-changed')
  await expect(markA).toHaveText(
    `自评已更新（第 2 版）：原 ${selfA} → 新 ${formatPoints(a!.max - 100)}，请确认维持评分`,
  )
  await expect(markB).toContainText(`原 ${selfB} → 新 ${formatPoints(b!.max - 100)}`)
  await app.screenshot('late-self-assessment-marks')

  // Kept as it was: the mark goes and 修改记录 says who confirmed what.
  await scoring
    .row(0)
    .getByRole('button', { name: `${a!.code} 确认维持评分` })
    .click()
  await expect(markA).toHaveCount(0)
  // Re-scored to the new self score: the mark goes too.
  const cellB = scoring.row(1).getByLabel(`${b!.code} 得分`)
  await cellB.fill(formatPoints(b!.max - 100))
  await cellB.press('Enter')
  await expect(markB).toHaveCount(0)

  await app.goTo('数据与备份')
  const confirmed = page
    .getByTestId('history-table')
    .getByRole('row')
    .filter({ hasText: '确认自评更新' })
  await expect(confirmed).toHaveCount(1)
  await expect(confirmed).toContainText(
    `自评已更新（第 2 版：${selfA} → ${formatPoints(a!.max - 100)}），评分人确认维持 ${selfA}`,
  )
})

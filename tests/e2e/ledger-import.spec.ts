// 问题台账 from Excel: the template downloaded from 复核, filled as the office fills it from the
// 通报, imported with a preview that refuses a wrong row by its cell, then confirmed and shown
// under each unit with its date and source document.
import { expect, test } from '@playwright/test'
import { AppModel } from './models/app'
import { chooseFiles, downloadOf, editWorkbook, sheetRows } from './models/excel-files'
import { ScoringPageModel } from './models/scoring-page'
import { YearPageModel } from './models/year-page'

const CENTRAL = '中央生态环保督察通报典型案例'
const FILM_GENERAL = '国家长江经济带生态环境警示片一般问题'

test('问题台账：下载模板、填写、导入先预览（错的单元格指明位置，不写入），确认后一次写入', async ({
  page,
}) => {
  const app = new AppModel(page)
  await app.open()
  await new YearPageModel(app).create('从示例年度开始')
  await app.goTo('复核')
  const ledger = page.getByTestId('ledger')

  const template = await downloadOf(page, ledger.getByRole('button', { name: '下载台账模板' }))
  expect(template.name).toBe('2026年度问题台账模板.xlsx')
  expect(sheetRows(template.data, '问题台账')[1]).toEqual([
    '序号',
    '单位名称',
    '问题类别',
    '扣分',
    '通报日期',
    '来源文件',
    '问题描述',
  ])
  const names = sheetRows(template.data, '单位名单')
    .slice(1)
    .map((r) => r[0]!)
  expect(names).toContain('青山镇')
  expect(names).toContain('石门镇')

  const fill = (points: number) => ({
    name: '2026年问题台账.xlsx',
    data: editWorkbook(template.data, {
      问题台账: {
        B3: '青山镇',
        C3: CENTRAL,
        D3: -10,
        E3: '2026-03-15',
        F3: '中央督察通报〔2026〕3号',
        G3: '河道垃圾长期未清理',
        B4: '石门镇',
        C4: FILM_GENERAL,
        D4: points,
        E4: '2026/5/8',
        F4: '长江经济带警示片（2026）',
        G4: '渣土堆放未覆盖',
      },
    }),
  })
  const importButton = ledger.getByRole('button', { name: '从 Excel 导入台账……' })

  // Points that are not the kind's: refused by its cell, nothing to confirm.
  await chooseFiles(page, importButton, [fill(-10)])
  const preview = page.getByTestId('ledger-import-preview')
  await expect(preview.getByTestId('ledger-import-errors')).toContainText(
    '2026年问题台账.xlsx · 问题台账 · D4: 扣分 -10 与问题类别不符：该类别每个问题扣 5.00 分，请填 -5 或留空',
  )
  await expect(preview.getByRole('button', { name: /确认导入/ })).toHaveCount(0)
  await preview.getByRole('button', { name: '关闭' }).click()

  await chooseFiles(page, importButton, [fill(-5)])
  const rows = preview.getByTestId('ledger-import-rows').locator('tbody tr')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(0)).toHaveText(
    [
      '3',
      '青山镇',
      CENTRAL,
      '-10.00',
      '2026-03-15',
      '中央督察通报〔2026〕3号',
      '河道垃圾长期未清理',
    ].join(''),
  )
  await expect(rows.nth(1)).toHaveText(
    [
      '4',
      '石门镇',
      FILM_GENERAL,
      '-5.00',
      '2026-05-08',
      '长江经济带警示片（2026）',
      '渣土堆放未覆盖',
    ].join(''),
  )
  await app.screenshot('ledger-import-preview')
  await preview.getByRole('button', { name: '确认导入（2 个问题，共扣 15.00 分）' }).click()
  await expect(page.getByTestId('notice-success').last()).toContainText('已导入问题台账：2 个问题')
  await expect(preview).toHaveCount(0)

  const scoring = new ScoringPageModel(page)
  await scoring.pickUnit('石门镇')
  await expect(ledger).toContainText('渣土堆放未覆盖（2026-05-08 长江经济带警示片（2026））')
  // The sample's own −5 problem of 石门镇 and the imported one.
  await expect(ledger).toContainText('累计扣分 10.00 分')
  await scoring.pickUnit('青山镇')
  await expect(ledger).toContainText('河道垃圾长期未清理（2026-03-15 中央督察通报〔2026〕3号）')
})

// 文件输出: the PDFs are laid out in a worker while the page shows the progress; the 通报 is
// previewed as the PDF itself and saved as files. Fonts come only from the app (fonts/).
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { unzipSync } from 'fflate'
import { AppModel } from './models/app'
import { YearPageModel } from './models/year-page'

test('文件输出：在后台生成通报并预览、保存；全部文件带进度', async ({ page }) => {
  // Laying out a county's whole document set takes a while on a busy shared machine.
  test.setTimeout(240_000)
  const app = new AppModel(page)
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  await app.open()
  await new YearPageModel(app).create('从示例年度开始')
  await app.goTo('文件输出')

  // The worker has read the bundled fonts and names the font serving each role.
  const fonts = page.getByRole('row', { name: /正文（仿宋）/ })
  await expect(fonts).toContainText('Noto Serif SC', { timeout: 30_000 })
  await expect(fonts).toContainText('替代字体')

  await page.getByRole('button', { name: '生成并预览' }).click()
  await expect(page.getByTestId('notice-success').last()).toContainText('已生成 1 个文件', {
    timeout: 60_000,
  })
  const preview = page.locator('iframe#documents-preview')
  await expect(preview).toHaveAttribute('title', '通报.pdf')
  await expect(preview).toHaveAttribute('src', /^blob:/)

  // Saved as a download (the browser's way of saving): the file is the PDF itself.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '保存到文件夹' }).click()
  const saved = await download
  expect(saved.suggestedFilename()).toBe('通报.pdf')
  const bytes = readFileSync((await saved.path())!)
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  expect(bytes.length).toBeGreaterThan(10_000)
  await expect(page.getByTestId('notice-success').last()).toContainText('已保存 1 个文件')
  await app.screenshot('documents-notice')

  // The whole set: a progress bar while the worker lays it out, then every file.
  await page.getByText('全部文件（通报、约谈名单、评分表、警示函）').click()
  // Watch for the progress bar from before the click: a fast machine may finish between polls.
  // (A string: this file is type-checked without the DOM library.)
  await page.evaluate(`new MutationObserver(() => {
    const bar = document.querySelector('[data-testid="documents-progress"]')
    if (bar && bar.textContent.includes('正在生成')) window.sawProgress = bar.textContent
  }).observe(document.body, { subtree: true, childList: true, characterData: true })`)
  await page.getByRole('button', { name: '生成并预览' }).click()
  await expect(page.getByTestId('notice-success').last()).toContainText(/已生成 \d+ 个文件/, {
    timeout: 90_000,
  })
  await expect(page.getByTestId('documents-progress')).toBeHidden()
  const saw = await page.evaluate<string | undefined>('window.sawProgress')
  expect(saw).toMatch(/正在生成 .+\.pdf（第 \d+ 个，共 \d+ 个）/)
  // The browser keeps only some of many downloads fired at once: the set is one .zip.
  const downloads: string[] = []
  page.on('download', (d) => downloads.push(d.suggestedFilename()))
  const zipped = page.waitForEvent('download')
  await page.getByRole('button', { name: '保存到文件夹' }).click()
  const zip = await zipped
  await expect(page.getByTestId('notice-success').last()).toContainText(/已保存 \d+ 个文件/)
  await expect(page.getByTestId('notice-success').last()).toContainText(
    `保存在浏览器下载文件夹中的“${zip.suggestedFilename()}”`,
  )
  expect(zip.suggestedFilename()).toMatch(/考评文件\.zip$/)
  const names = Object.keys(unzipSync(readFileSync((await zip.path())!)))
  expect(names.length).toBeGreaterThanOrEqual(4)
  expect(downloads).toHaveLength(1)
  expect(names).toEqual(
    expect.arrayContaining(['通报.pdf', '约谈名单.pdf', '考评评分表.pdf', '警示函-河口镇.pdf']),
  )
  await app.screenshot('documents-set')

  // The same set again with nothing changed: the worker answers with what it made, at once.
  await page.getByRole('button', { name: '生成并预览' }).click()
  await expect(page.getByTestId('notice-success').last()).toContainText('沿用刚才生成的文件')
  await app.screenshot('documents-set-again')

  // Nothing was fetched over the network from anywhere but the app itself (the browser's own
  // PDF viewer loads its parts from chrome-extension:, never from the network).
  const origin = new URL(page.url()).origin
  for (const url of requests.filter((u) => /^(https?|wss?|ftp):/.test(u)))
    expect(url.startsWith(origin), url).toBe(true)
  expect(requests.some((u) => u.includes('/fonts/NotoSerifSC_400Regular.ttf'))).toBe(true)
})

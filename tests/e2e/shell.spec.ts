import { expect, test, type Page } from '@playwright/test'
import { AppModel } from './models/app'

const SECTIONS = [
  '年度设置',
  '单位名册',
  '考评细则',
  '自查材料',
  '审核评分',
  '复核',
  '排名结果',
  '文件输出',
  '数据与备份',
  '使用说明',
]

test('从空白配置启动，按考评流程逐一打开各部分', async ({ page }) => {
  // Nine first openings, each fetching its section's code (文件输出 starts the PDF worker, whose
  // code, 1.6 MB, is the worker's alone): on the shared 2-core machine under load this walk
  // took 50-70 s.
  // Ten sections now, the last (使用说明) a long page photographed whole.
  test.setTimeout(120_000)
  const app = new AppModel(page)
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  await app.open()

  await expect(page).toHaveTitle('考评通')
  await expect(page.getByRole('banner')).toContainText('考评通')
  await expect(page.getByTestId('operator-name')).toHaveText('操作人：王芳')
  // An empty profile: the year page welcomes, pages that need a year say so.
  await expect(page.getByTestId('welcome')).toContainText('本机还没有考评年度')
  const links = app.nav().getByRole('link')
  await expect(links).toHaveText(SECTIONS.map((s, i) => `${i + 1}. ${s}`))

  for (const label of SECTIONS) {
    await app.goTo(label)
    await expect(app.nav().getByRole('link', { name: label })).toHaveAttribute(
      'data-active',
      'true',
    )
    await app.screenshot(`shell-${label}`)
  }
  await app.goTo('单位名册')
  await expect(page.getByTestId('no-year')).toContainText('请先在“年度设置”中建立')
  await app.goTo('自查材料')
  await expect(page.getByTestId('no-year')).toBeVisible()

  // The browser back button follows the hash route.
  await page.goBack()
  await expect(app.heading()).toHaveText('单位名册')

  // Offline by design: nothing but the app's own origin is ever requested.
  const foreign = requests.filter(
    (u) => !u.startsWith('http://127.0.0.1:') && !u.startsWith('data:'),
  )
  expect(foreign).toEqual([])
})

test('页面渲染出错时显示中文错误页，可返回首页，并记入本机日志', async ({ page }) => {
  const app = new AppModel(page)
  await app.open('__crash')
  const errorPage = page.getByTestId('error-page')
  await expect(errorPage).toContainText('程序出错了')
  await expect(errorPage).toContainText('测试用的渲染错误')
  await expect(errorPage.getByRole('button', { name: '重新加载' })).toBeVisible()
  await app.screenshot('error-page-render')

  // Logging is asynchronous: poll until the entry is there.
  await expect.poll(async () => (await loggedErrors(page)).join('\n')).toContain('测试用的渲染错误')

  await errorPage.getByRole('button', { name: '返回首页' }).click()
  await expect(app.heading()).toHaveText('年度设置')
  await expect(page.getByTestId('error-page')).toHaveCount(0)
})

test('未处理的异步错误同样显示错误页，重新加载后恢复正常', async ({ page }) => {
  const app = new AppModel(page)
  await app.open('units')
  await page.evaluate(() => {
    void Promise.reject(new Error('模拟的未处理异步错误'))
  })
  const errorPage = page.getByTestId('error-page')
  await expect(errorPage).toContainText('未处理的异步错误')
  await expect(errorPage).toContainText('模拟的未处理异步错误')
  await expect.poll(async () => (await loggedErrors(page)).join('\n')).toContain('模拟的未处理')

  await errorPage.getByRole('button', { name: '重新加载' }).click()
  await app.signInIfAsked()
  await expect(app.heading()).toHaveText('单位名册')
})

test('打开时须填写操作人，空白姓名给出中文提示', async ({ page, context }) => {
  await page.goto('/')
  await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'operator')
  await page.getByRole('button', { name: '开始工作' }).click()
  await expect(page.getByRole('alert')).toHaveText('请填写操作人姓名。')
  await page.getByPlaceholder('例如：王芳').fill('  李 明 ')
  await page.getByRole('button', { name: '开始工作' }).click()
  await expect(page.getByTestId('operator-name')).toHaveText('操作人：李 明')

  // A reload within the same working session carries on as the same person.
  await page.reload()
  await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready')
  await expect(page.getByTestId('operator-name')).toHaveText('操作人：李 明')

  // The next start (a new window: its own session storage, the same store) asks again and
  // offers the last name.
  const next = await context.newPage()
  await next.goto('/')
  await expect(next.locator('#root')).toHaveAttribute('data-app-state', 'operator')
  await expect(next.getByPlaceholder('例如：王芳')).toHaveValue('李 明')
  await next.close()

  // Switching is one click, and after it a reload asks who is working.
  await page.getByRole('button', { name: '切换操作人' }).click()
  await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'operator')
  await page.reload()
  await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'operator')
})

/**
 * Reads the browser platform's log database (src/platform/browser-log.ts) inside the page.
 * A string, because the tests are typed for Node, where `indexedDB` does not exist.
 */
const READ_LOG = `new Promise((resolve, reject) => {
  const req = indexedDB.open('kaopingtong-log')
  req.onerror = () => reject(req.error)
  req.onsuccess = () => {
    const get = req.result.transaction('entries').objectStore('entries').getAll()
    get.onsuccess = () => resolve(get.result)
    get.onerror = () => reject(get.error)
  }
})`

async function loggedErrors(page: Page): Promise<string[]> {
  const entries = await page.evaluate<{ level: string; message: string }[]>(READ_LOG)
  return entries.filter((e) => e.level === 'error').map((e) => e.message)
}

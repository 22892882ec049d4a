import { expect, type Page } from '@playwright/test'
import type { AppModel } from './app'

/** 年度设置 as the tests drive it. */
export class YearPageModel {
  constructor(
    readonly app: AppModel,
    readonly page: Page = app.page,
  ) {}

  async open(): Promise<void> {
    await this.app.goTo('年度设置')
  }

  /** Creates a year; the sample county's year is always 2026. */
  async create(method: '从示例年度开始' | '复制上一年度' | '从零新建', year = 2026): Promise<void> {
    await this.page.getByText(method, { exact: true }).click()
    if (method !== '从示例年度开始') await this.page.getByLabel('考评年度').fill(String(year))
    await this.page.getByRole('button', { name: '建立年度' }).click()
    await expect(this.page.getByTestId('notice-success').last()).toContainText(
      new RegExp(`已建立.*${year}年度`),
      // The sample year is a whole county with submissions and scores: slow on a busy machine.
      { timeout: 30_000 },
    )
  }

  yearList() {
    return this.page.getByTestId('year-list')
  }
}

import { expect, type Locator, type Page } from '@playwright/test'
import { AppModel } from './app'
import { YearPageModel } from './year-page'

/** A grid figure such as "3.50" in hundredths, and back. */
export const toHundredths = (text: string) => Math.round(Number(text.trim()) * 100)
export const fmt = (h: number) => (h / 100).toFixed(2)

/** 审核评分 as the tests drive it: choose a unit, add (and so select) a reviewer, find a row. */
export class ScoringPageModel {
  constructor(readonly page: Page) {}

  /** A new year from the sample, open on 审核评分 at `unit`, with `reviewer` added and selected. */
  static async onSampleYear(
    page: Page,
    unit: string,
    reviewer: string,
  ): Promise<{ app: AppModel; scoring: ScoringPageModel }> {
    const app = new AppModel(page)
    await app.open()
    await new YearPageModel(app).create('从示例年度开始')
    await app.goTo('审核评分')
    const scoring = new ScoringPageModel(page)
    await scoring.pickUnit(unit)
    await scoring.addReviewer(reviewer)
    return { app, scoring }
  }

  async pickUnit(name: string): Promise<void> {
    await this.page.getByLabel('被考评单位').selectOption({ label: name })
  }

  async addReviewer(name: string): Promise<void> {
    await this.page.getByLabel('新增评分人').fill(name)
    await this.page.getByRole('button', { name: '新增', exact: true }).click()
    await expect(this.page.getByLabel('评分人', { exact: true })).toHaveValue(/.+/)
    await expect(
      this.page.getByLabel('评分人', { exact: true }).locator('option:checked'),
    ).toHaveText(name)
  }

  /** The grid's line of the `index`-th item (category lines not counted). */
  row(index: number): Locator {
    return this.page.getByTestId('score-grid').locator('tbody tr[data-item]').nth(index)
  }

  progress(): Locator {
    return this.page.getByTestId('unit-progress')
  }
}

import { expect, type Page } from '@playwright/test'
import type { AppModel } from './app'

/** 考评细则 as the tests drive it. */
export class CriteriaPageModel {
  constructor(
    readonly app: AppModel,
    readonly page: Page = app.page,
  ) {}

  total() {
    return this.page.getByTestId('criteria-total')
  }

  async addCategory(title: string): Promise<void> {
    await this.page.getByRole('button', { name: '添加一级指标' }).click()
    const n = await this.page.getByLabel(/^一级指标 \d+ 名称$/).count()
    await this.page.getByLabel(`一级指标 ${n} 名称`).fill(title)
  }

  async addItem(category: number, code: string, title: string, max: string): Promise<void> {
    const box = this.page.getByTestId(`category-${category}`)
    await box.getByRole('button', { name: '添加考评内容' }).click()
    const n = await box.getByLabel(/^第 \d+-\d+ 项编号$/).count()
    const label = `${category}-${n}`
    await this.item(label, '编号').fill(code)
    await this.item(label, '考评内容').fill(title)
    await this.item(label, '分值').fill(max)
  }

  item(label: string, field: '编号' | '考评内容' | '分值' | '评分标准' | '扣分步长') {
    return this.page.getByLabel(`第 ${label} 项${field}`)
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: '保存细则' }).click()
    // The store checks the sequence's submissions first: slow on a busy machine.
    await expect(this.page.getByTestId('notice-success').last()).toContainText('考评细则', {
      timeout: 30_000,
    })
  }

  async expectTotal(text: string, exact: boolean): Promise<void> {
    await expect(this.total()).toContainText(text)
    await expect(this.total()).toHaveAttribute('data-exact', String(exact))
  }
}

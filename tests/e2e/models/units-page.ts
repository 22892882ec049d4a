import { expect, type Page } from '@playwright/test'
import type { AppModel } from './app'

export interface UnitFields {
  name: string
  sequence?: '乡镇（街道）和园区' | '县级部门'
  kind?: '乡镇' | '街道' | '园区' | '部门'
  leader?: { name: string; title: string }
  contact?: { name: string; phone: string }
}

/** 单位名册 as the tests drive it. */
export class UnitsPageModel {
  constructor(
    readonly app: AppModel,
    readonly page: Page = app.page,
  ) {}

  roster(sequence: '乡镇（街道）和园区' | '县级部门') {
    return this.page.getByTestId(`roster-${sequence}`)
  }

  dialog() {
    return this.page.getByRole('dialog')
  }

  async fill(f: Partial<UnitFields>): Promise<void> {
    const d = this.dialog()
    if (f.name !== undefined) await d.getByLabel('单位名称').fill(f.name)
    if (f.sequence) await d.getByText(f.sequence, { exact: true }).click()
    if (f.kind) await d.getByLabel('类别').selectOption(f.kind)
    if (f.leader) {
      await d.getByRole('button', { name: '添加负责人' }).click()
      await d.getByLabel('第 1 位负责人姓名').fill(f.leader.name)
      await d.getByLabel('第 1 位负责人职务').fill(f.leader.title)
    }
    if (f.contact) {
      await d.getByLabel('联系人').fill(f.contact.name)
      await d.getByLabel('联系电话').fill(f.contact.phone)
    }
  }

  async add(f: UnitFields): Promise<void> {
    await this.page.getByRole('button', { name: '新增单位' }).click()
    await this.fill(f)
    await this.dialog().getByRole('button', { name: '保存' }).click()
    await expect(this.page.getByTestId('notice-success').last()).toContainText(
      `已新增 1 个单位：${f.name}`,
    )
    await expect(this.dialog()).toHaveCount(0)
  }
}

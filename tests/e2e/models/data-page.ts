import { expect, type Page } from '@playwright/test'
import type { AppModel } from './app'

/** 数据与备份 as the tests drive it. */
export class DataPageModel {
  constructor(
    readonly app: AppModel,
    readonly page: Page = app.page,
  ) {}

  /** Exports the current year and saves the download at `path`; returns the suggested name. */
  async exportCurrentYear(path: string): Promise<string> {
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: /^导出当前年度/ }).click()
    const d = await download
    await d.saveAs(path)
    await expect(this.page.getByTestId('notice-success').last()).toContainText('已导出 1 个年度')
    return d.suggestedFilename()
  }

  /** Picks a file in the restore panel (the browser platform's file input). */
  async pickFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByRole('button', { name: '选择数据文件…' }).click()
    await (await chooser).setFiles(path)
  }

  preview() {
    return this.page.getByTestId('package-preview')
  }
}

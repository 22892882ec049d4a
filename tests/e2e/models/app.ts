import { expect, type Page } from '@playwright/test'

/** The app as the tests see it: open it, wait until it is ready, move between sections. */
export class AppModel {
  constructor(readonly page: Page) {}

  async open(hash = ''): Promise<void> {
    await this.page.goto(`/${hash ? `#/${hash}` : ''}`)
    await expect(this.page.locator('#root')).toHaveAttribute('data-app-state', 'ready')
  }

  nav() {
    return this.page.getByRole('navigation', { name: '考评流程' })
  }

  async goTo(label: string): Promise<void> {
    await this.nav().getByRole('link', { name: label }).click()
    await expect(this.heading()).toHaveText(label)
  }

  heading() {
    return this.page.getByRole('heading', { level: 2 }).first()
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true })
  }
}

import { expect, type Page } from '@playwright/test'

export const OPERATOR = '王芳'

/** The app as the tests see it: open it, wait until it is ready, move between sections. */
export class AppModel {
  constructor(readonly page: Page) {}

  root() {
    return this.page.locator('#root')
  }

  /** Opens the app; on the "who is working" screen it signs in as `operator`. */
  async open(hash = '', operator = OPERATOR): Promise<void> {
    await this.page.goto(`/${hash ? `#/${hash}` : ''}`)
    await this.signInIfAsked(operator)
  }

  /** After a start or reload: answers the "who is working" screen, then waits for the app. */
  async signInIfAsked(operator = OPERATOR): Promise<void> {
    await expect(this.root()).toHaveAttribute('data-app-state', /^(operator|ready|recovery)$/)
    if ((await this.root().getAttribute('data-app-state')) === 'operator') {
      await this.page.getByPlaceholder('例如：王芳').fill(operator)
      await this.page.getByRole('button', { name: '开始工作' }).click()
    }
    await expect(this.root()).toHaveAttribute('data-app-state', 'ready')
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

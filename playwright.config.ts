// End-to-end tests: the built renderer with the browser platform, driven in Chromium (Debian's
// here, Playwright's own where downloads work). Every test starts from an empty profile:
// Playwright gives each test a fresh browser context, so IndexedDB starts empty.
import { defineConfig } from '@playwright/test'
// @ts-expect-error -- a plain .mjs helper shared with scripts/test.mjs, without type declarations
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from './scripts/find-chromium.mjs'

// Not 5199: `npm run web` may be running there with a different build.
const PORT = Number(process.env.E2E_PORT ?? 5200)
const chromium = (findChromium as () => string | null)()
if (!chromium) console.error(HOW_TO_GET_CHROMIUM as string)

export default defineConfig({
  testDir: 'tests/e2e',
  // Playwright empties its output folder at start: a second run beside this one names its own.
  outputDir: process.env.E2E_RESULTS ?? 'test-results',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: true,
  reporter: [['list'], ['json']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(chromium ? { executablePath: chromium } : {}),
      args: CHROMIUM_ARGS as string[],
    },
  },
  webServer: {
    // Mode `e2e` builds into .tmp/e2e-web and adds the crash-probe route the error-page test
    // needs; everything else is the same build as `npm run web`.
    command: `node scripts/copy-fonts.mjs && npx vite build -c vite.web.config.ts --mode e2e --logLevel warn && npx vite preview -c vite.web.config.ts --mode e2e --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    // Always our own fresh build: a server left over from another run may serve stale files.
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})

// Finds the Chromium that the end-to-end tests drive: $CHROMIUM_PATH, then Debian's chromium
// (this build machine and CI), then Playwright's own download (where downloads work).
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

export const HOW_TO_GET_CHROMIUM =
  "No Chromium found for the end-to-end tests: install Debian's with `sudo apt-get install -y chromium`, or run `npx playwright install chromium` where downloads work, or set CHROMIUM_PATH."

export function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ]
  for (const c of candidates) if (c && existsSync(c)) return c
  try {
    const require = createRequire(import.meta.url)
    const { chromium } = require('playwright')
    const p = chromium.executablePath()
    if (p && existsSync(p)) return p
  } catch {
    // Playwright without a downloaded browser: fall through to "none".
  }
  return null
}

/** Launch flags for a machine without network: Chromium must not even try to phone out. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--disable-gpu',
  ...(process.getuid && process.getuid() === 0 ? ['--no-sandbox'] : []),
]

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = findChromium()
  if (found) console.log(found)
  else {
    console.error(HOW_TO_GET_CHROMIUM)
    process.exit(1)
  }
}

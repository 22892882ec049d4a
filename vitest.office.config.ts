import { defineConfig } from 'vitest/config'

// The tests that run files through LibreOffice (tests/excel/office/*.office.ts): a minute and
// more, so `npm test` runs them as their own step and the unit step stays fast.
export default defineConfig({
  test: {
    include: ['tests/excel/office/**/*.office.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // One LibreOffice at a time: the machine has two cores.
    fileParallelism: false,
  },
})

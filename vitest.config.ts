import { defineConfig } from 'vitest/config'

// Unit and property tests live beside the code (`ranking.ts` + `ranking.test.ts`) and in
// tests/unit. End-to-end tests (tests/e2e) belong to Playwright, benchmarks (bench/) to `npm run bench`.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'electron/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
})

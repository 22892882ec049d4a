import { defineConfig } from 'vitest/config'

// Unit and property tests live beside the code (`ranking.ts` + `ranking.test.ts`) and in
// tests/unit. End-to-end tests (tests/e2e) belong to Playwright, benchmarks (bench/) to `npm run bench`.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'electron/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
})

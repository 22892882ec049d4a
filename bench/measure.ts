/**
 * Median of several timed runs after a warm-up. Timings on a shared 2-core machine are noisy:
 * report medians here, never assert them in unit tests.
 */
export async function measure(
  name: string,
  fn: () => unknown | Promise<unknown>,
  { warmup = 2, runs = 7 }: { warmup?: number; runs?: number } = {},
): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    await fn()
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)] ?? NaN
  console.log(`BENCH ${name} ${median.toFixed(1)} ms`)
  return median
}

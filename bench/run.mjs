// `npm run bench`: runs every bench/*.bench.ts in its own process (so one benchmark's warm
// caches never flatter the next) and passes their `BENCH <name> <median> ms` lines through.
import { readdirSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

const filter = process.argv[2]
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !filter || f.includes(filter))
  .sort()
let failed = 0
for (const f of files) {
  const r = spawnSync('npx', ['tsx', `bench/${f}`], { stdio: 'inherit' })
  if (r.status !== 0) failed++
}
process.exit(failed ? 1 : 0)

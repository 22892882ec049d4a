// `npm run demo`: the sample year (云溪县) → its full document set in demo-output/.
// Runs the same command line as `npm run cli -- documents`, through tsx.
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

const out = 'demo-output'
mkdirSync(out, { recursive: true })
const pkgFile = join(out, 'sample-year.json')
const run = (args) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    stdio: 'inherit',
  })
  if (r.status !== 0) process.exit(r.status ?? 1)
}
run(['sample', pkgFile])
run(['documents', pkgFile, out])
console.log(`示例年度的文件已生成在 ${out}/`)

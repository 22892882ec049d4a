// Copies the bundled, freely licensed fonts (SIL OFL 1.1) from node_modules into resources/fonts
// for the Electron build, with their licence texts. The list is src/shared/bundled-fonts.json,
// the one the command line, tests and the app read too; a clean clone needs no copy for those.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const require = createRequire(import.meta.url)
const list = JSON.parse(
  readFileSync(new URL('../src/shared/bundled-fonts.json', import.meta.url), 'utf8'),
)
const FILES = [...list.fonts, ...list.licences]

function packageDir(pkg) {
  for (const dir of require.resolve.paths(pkg) ?? []) {
    const p = join(dir, pkg)
    if (existsSync(p)) return p
  }
  throw new Error(`找不到字体包 ${pkg}，请先运行 npm install`)
}

const target = join('resources', 'fonts')
mkdirSync(target, { recursive: true })
for (const { pkg, file, servedAs } of FILES) {
  const src = join(packageDir(pkg), file)
  if (!existsSync(src)) throw new Error(`字体包 ${pkg} 中缺少 ${file}`)
  copyFileSync(src, join(target, servedAs))
}
console.log(`已复制 ${FILES.length} 个字体及许可文件到 ${target}`)

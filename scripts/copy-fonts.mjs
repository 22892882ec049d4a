// Copies the bundled, freely licensed fonts (SIL OFL 1.1) from node_modules into resources/fonts
// for the Electron build, with their licence texts. Tests and the command line read the same
// files straight from node_modules (src/cli/fonts-node.ts), so a clean clone needs no copy.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, join } from 'node:path'

const require = createRequire(import.meta.url)
const FILES = [
  ['@expo-google-fonts/noto-serif-sc', '700Bold/NotoSerifSC_700Bold.ttf'],
  ['@expo-google-fonts/noto-serif-sc', '400Regular/NotoSerifSC_400Regular.ttf'],
  ['@expo-google-fonts/noto-serif-sc', 'LICENSE_FONT', 'NotoSerifSC-OFL.txt'],
  // TrueType, not the CID-keyed OpenType of the same design: fontkit subsets glyf tables far
  // faster than CFF (a cold 通报 ~0.3 s sooner, every later PDF ~50 ms).
  ['@expo-google-fonts/noto-sans-sc', '400Regular/NotoSansSC_400Regular.ttf'],
  ['@expo-google-fonts/noto-sans-sc', 'LICENSE_FONT', 'NotoSansSC-OFL.txt'],
  // 楷体 substitute: one whole WOFF (the package's `latin` name notwithstanding).
  ['@fontsource/lxgw-wenkai', 'files/lxgw-wenkai-latin-500-normal.woff', 'LXGWWenKai-500.woff'],
  ['@fontsource/lxgw-wenkai', 'LICENSE', 'LXGWWenKai-OFL.txt'],
]

function packageDir(pkg) {
  for (const dir of require.resolve.paths(pkg) ?? []) {
    const p = join(dir, pkg)
    if (existsSync(p)) return p
  }
  throw new Error(`找不到字体包 ${pkg}，请先运行 npm install`)
}

const target = join('resources', 'fonts')
mkdirSync(target, { recursive: true })
for (const [pkg, file, as] of FILES) {
  const src = join(packageDir(pkg), file)
  if (!existsSync(src)) throw new Error(`字体包 ${pkg} 中缺少 ${file}`)
  copyFileSync(src, join(target, as ?? basename(file)))
}
console.log(`已复制 ${FILES.length} 个字体及许可文件到 ${target}`)

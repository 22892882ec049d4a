// `npm start`: builds and opens the desktop app. Install scripts are off (see .npmrc), so the
// Electron binary may be missing; downloading it here would hang on an offline PC, so say
// plainly what to do instead.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

function electronBinaryPresent() {
  try {
    const rel = readFileSync('node_modules/electron/path.txt', 'utf8').trim()
    return existsSync(`node_modules/electron/dist/${rel}`)
  } catch {
    return false
  }
}

if (!electronBinaryPresent()) {
  console.error(
    [
      '未找到 Electron 运行文件（npm ci 不会下载它）。',
      '· 联网的机器：运行 `npm run electron:install`（或设置 ELECTRON_MIRROR 指向内网镜像），再 `npm start`。',
      '· 无法联网：运行 `npm run web`，在浏览器中打开 http://127.0.0.1:5199 使用同一界面。',
    ].join('\n'),
  )
  process.exit(1)
}
// electron-vite preview builds main, preload and renderer, then starts Electron on the build.
const r = spawnSync('npx', ['electron-vite', 'preview'], { stdio: 'inherit' })
process.exit(r.status ?? 1)

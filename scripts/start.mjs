// `npm start`: builds and opens the desktop app. Install scripts are off (see .npmrc), so the
// Electron binary may be missing: fetch it once where a network exists, otherwise say plainly
// how to use the app without it.
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
  console.log('首次启动：正在获取 Electron 运行文件（需要联网，仅此一次）……')
  const r = spawnSync('node', ['node_modules/electron/install.js'], { stdio: 'inherit' })
  if (r.status !== 0 || !electronBinaryPresent()) {
    console.error(
      '无法获取 Electron 运行文件（本机无法联网）。可改用 `npm run web` 在浏览器中打开 http://127.0.0.1:5199 使用同一界面；或在联网机器上运行 `npm run electron:install` 后再 `npm start`。',
    )
    process.exit(1)
  }
}
const r = spawnSync('npx', ['electron-vite', 'preview'], { stdio: 'inherit' })
process.exit(r.status ?? 1)

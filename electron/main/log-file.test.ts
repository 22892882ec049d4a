import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appendLogLine } from './log-file'

describe('appendLogLine', () => {
  it('appends JSON lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpt-log-'))
    await appendLogLine(dir, { level: 'error', message: '页面出错', source: 'renderer' })
    await appendLogLine(dir, { level: 'info', message: '启动', source: 'main' })
    const lines = readFileSync(join(dir, 'kaopingtong.log'), 'utf8').trim().split('\n')
    expect(lines.map((l) => JSON.parse(l).message)).toEqual(['页面出错', '启动'])
  })
  it('rotates a large log', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpt-log-'))
    writeFileSync(join(dir, 'kaopingtong.log'), 'x'.repeat(3 * 1024 * 1024))
    await appendLogLine(dir, { level: 'info', message: '新的一行', source: 'main' })
    expect(readdirSync(dir).sort()).toEqual(['kaopingtong.1.log', 'kaopingtong.log'])
    expect(readFileSync(join(dir, 'kaopingtong.log'), 'utf8')).toContain('新的一行')
  })
})

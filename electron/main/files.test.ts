import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { safeJoin, writeFileAtomic } from './files'

describe('writeFileAtomic', () => {
  it('writes the whole file and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpt-'))
    await writeFileAtomic(join(dir, 'a.json'), '{"x":1}')
    await writeFileAtomic(join(dir, 'a.json'), '{"x":2}')
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('{"x":2}')
    expect(readdirSync(dir)).toEqual(['a.json'])
  })
  it('leaves the old file in place when the target cannot be written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpt-'))
    await expect(writeFileAtomic(join(dir, 'missing', 'a.json'), 'x')).rejects.toThrow()
    expect(readdirSync(dir)).toEqual([])
  })
})

describe('safeJoin', () => {
  it('joins plain names', () => {
    expect(safeJoin('/data/backups', 'a.json')).toBe(join('/data/backups', 'a.json'))
  })
  it.each(['../a.json', '..', 'sub/a.json', '/etc/passwd'])('refuses %s', (n) => {
    expect(() => safeJoin('/data/backups', n)).toThrow('文件名不合法')
  })
})

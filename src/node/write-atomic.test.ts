import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { WriteFailedError, writeFileAtomic } from './write-atomic'

describe('writeFileAtomic', () => {
  it('writes the whole file and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpt-'))
    await writeFileAtomic(join(dir, 'a.json'), '{"x":1}')
    await writeFileAtomic(join(dir, 'a.json'), new TextEncoder().encode('{"x":2}'))
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('{"x":2}')
    expect(readdirSync(dir)).toEqual(['a.json'])
  })

  it('names the path and the reason in Chinese when the folder is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpt-'))
    const target = join(dir, 'missing', 'a.json')
    const failed = writeFileAtomic(target, 'x')
    await expect(failed).rejects.toBeInstanceOf(WriteFailedError)
    await expect(failed).rejects.toThrow(`无法写入 ${target}（ENOENT）`)
    expect(readdirSync(dir)).toEqual([])
  })

  it('leaves what stood under the name, and no temporary file, when the rename fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpt-'))
    // A folder under the target name: the data is written and flushed, the rename refused.
    mkdirSync(join(dir, 'a.json'))
    writeFileSync(join(dir, 'a.json', 'inside.txt'), 'old')
    await expect(writeFileAtomic(join(dir, 'a.json'), 'new')).rejects.toThrow('无法写入')
    expect(readdirSync(dir)).toEqual(['a.json'])
    expect(readFileSync(join(dir, 'a.json', 'inside.txt'), 'utf8')).toBe('old')
  })
})

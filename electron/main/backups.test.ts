import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupFolder } from './backups'

describe('backupFolder', () => {
  it('writes, lists, reads and removes backups', async () => {
    const f = backupFolder(join(mkdtempSync(join(tmpdir(), 'kpt-b-')), 'backups'))
    await f.write('b-2.json', '{"b":2}')
    await f.write('b-1.json', '{"b":1}')
    expect((await f.list()).map((x) => x.name)).toEqual(['b-1.json', 'b-2.json'])
    expect(await f.read('b-2.json')).toBe('{"b":2}')
    await f.remove('b-1.json')
    expect((await f.list()).map((x) => x.name)).toEqual(['b-2.json'])
    await expect(f.read('b-1.json')).rejects.toThrow('备份文件不存在')
    await expect(f.read('../b-2.json')).rejects.toThrow()
  })
})

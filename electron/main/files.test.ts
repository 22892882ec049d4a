import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { safeJoin } from './files'

describe('safeJoin', () => {
  it('joins plain names', () => {
    expect(safeJoin('/data/backups', 'a.json')).toBe(join('/data/backups', 'a.json'))
  })
  it.each(['../a.json', '..', 'sub/a.json', '/etc/passwd'])('refuses %s', (n) => {
    expect(() => safeJoin('/data/backups', n)).toThrow('文件名不合法')
  })
})

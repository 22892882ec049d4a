import { describe, expect, it } from 'vitest'
import { createSampleYear } from '../../domain'
import { runImport, type WorkerMessage } from './excel-import-protocol'

describe('runImport (the worker body)', () => {
  it('reports progress per file and returns the outcome without throwing', () => {
    const messages: WorkerMessage[] = []
    const pkg = createSampleYear()
    runImport(
      {
        pkg,
        files: [
          { name: '坏.xlsx', data: new TextEncoder().encode('not a workbook') },
          { name: '空.xlsx', data: new Uint8Array(0) },
        ],
        by: '测试员',
        at: '2027-01-05T08:00:00.000Z',
      },
      (m) => messages.push(m),
    )
    expect(messages.map((m) => m.type)).toEqual(['progress', 'progress', 'done'])
    const done = messages.at(-1)
    expect(done?.type === 'done' && done.selfAssessments.map((f) => f.status)).toEqual([
      'rejected',
      'rejected',
    ])
    expect(done?.type === 'done' && done.pkg).toBe(pkg)
  })
})

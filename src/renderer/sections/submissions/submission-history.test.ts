import { describe, expect, it } from 'vitest'
import { defaultTownshipCriteria } from '../../../domain'
import type { SubmissionRow } from '../../../db'
import { changeLines, totalText, versionLines } from './submission-history'

const row = (
  version: number,
  items: [string, number | null, string][],
  veto: string[] = [],
): SubmissionRow => ({
  id: `y|u|${version}`,
  yearId: 'y',
  unitId: 'u',
  version,
  fileName: `青山镇-第${version}次.xlsx`,
  importedAt: `2026-03-0${version}T01:00:00.000Z`,
  importedBy: '王芳',
  criteriaVersion: 1,
  items: items.map(([code, score, explanation]) => ({
    code,
    score,
    explanation,
    evidence: ['会议纪要'],
  })),
  veto: { conditions: veto, note: '' },
})

describe('submission history', () => {
  const v1 = row(1, [
    ['1.1', 400, '已落实'],
    ['1.2', null, ''],
  ])
  const v2 = row(
    2,
    [
      ['1.1', 350, '已落实，缺一次会议'],
      ['1.2', 400, ''],
    ],
    ['V1'],
  )

  it('lists versions oldest first with the self-score total and the number of changes', () => {
    const lines = versionLines([v2, v1])
    expect(lines.map((l) => [l.version, l.selfTotal, l.blanks, l.changes])).toEqual([
      [1, 400, 1, null],
      [2, 750, 0, 4],
    ])
    expect(totalText(lines[0]!)).toBe('4.00 分（1 项未填）')
  })

  it('names each change with the item wording, old → new, and veto conditions in words', () => {
    const sheet = defaultTownshipCriteria()
    const lines = changeLines(v1, v2, sheet)
    const title11 = sheet.categories[0]!.items[0]!.title
    expect(lines).toEqual([
      { code: '1.1', title: title11, field: '自评得分', before: '4.00', after: '3.50' },
      {
        code: '1.1',
        title: title11,
        field: '自评说明',
        before: '已落实',
        after: '已落实，缺一次会议',
      },
      {
        code: '1.2',
        title: sheet.categories[0]!.items[1]!.title,
        field: '自评得分',
        before: '（空）',
        after: '4.00',
      },
      {
        code: '一票否决',
        title: '',
        field: '申报的否决情形',
        before: '无',
        after: sheet.vetoes[0]!.text,
      },
    ])
  })
})

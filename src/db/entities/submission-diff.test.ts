import { describe, expect, it } from 'vitest'
import { diffSubmissions } from './submission-diff'
import { selfAssessment } from '../core/test-support'

describe('diffSubmissions', () => {
  it('lists changed scores, texts, evidence, items and veto declarations', () => {
    const a = selfAssessment('u1', { '1.1': 400, '1.2': 300, '1.3': 200 })
    const b = selfAssessment('u1', { '1.1': 350, '1.2': 300, '1.4': null })
    b.items[1]!.explanation = '每季度均召开'
    b.items[1]!.evidence = ['会议纪要', '签到表']
    b.veto = { conditions: ['V1'], note: '区域限批' }
    expect(diffSubmissions(a, b)).toEqual([
      { code: '1.1', field: '自评得分', before: '4.00', after: '3.50' },
      { code: '1.2', field: '自评说明', before: '已落实', after: '每季度均召开' },
      { code: '1.2', field: '佐证材料', before: '会议纪要', after: '会议纪要；签到表' },
      { code: '1.3', field: '指标', before: '有', after: '无' },
      { code: '1.4', field: '指标', before: '无', after: '有' },
      { code: '否决申报', field: '否决情形', before: '无', after: 'V1' },
    ])
    expect(diffSubmissions(a, a)).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import {
  DEFAULT_NOTICE_TEMPLATE,
  NOTICE_PLACEHOLDERS,
  fillTemplate,
  headingLevel,
} from './notice-template'
import { chineseDate } from '../layout/dates'

describe('notice template', () => {
  it('fills every placeholder of the default template and drops empty paragraphs', () => {
    const values = Object.fromEntries(Object.keys(NOTICE_PLACEHOLDERS).map((k) => [k, `〈${k}〉`]))
    values['否决说明'] = ''
    const r = fillTemplate(DEFAULT_NOTICE_TEMPLATE, values)
    if (!r.ok) throw new Error(r.error.message)
    expect(r.value.join('\n')).not.toContain('{{')
    expect(r.value).toContain('〈乡镇先进单位〉')
    expect(r.value.some((p) => p === '')).toBe(false)
  })

  it('refuses unknown placeholders by name', () => {
    const r = fillTemplate('{{县名}}{{县明}}', { 县名: '云溪县' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message).toContain('{{县明}}')
  })

  it('knows the heading levels', () => {
    expect(headingLevel('一、先进单位')).toBe(1)
    expect(headingLevel('（二）县级部门')).toBe(2)
    expect(headingLevel('受到通报表扬的单位')).toBe(0)
  })

  it('writes dates in Arabic numerals without zero padding', () => {
    expect(chineseDate('2026-01-08')).toBe('2026年1月8日')
  })
})

import { describe, expect, it } from 'vitest'
import { computeResults, createSampleYear } from '../../src/domain'
import { withLedger } from '../../src/domain/testing/with-ledger'
import {
  defaultDocumentOptions,
  renderPdf,
  warningLetterDefinition,
  warningUnits,
} from '../../src/documents'
import { readPdf, testFonts } from './pdf-reader'

/** The 警示函's consequence sentence, read back from the PDF, for a unit at 10, 20 and 30 points. */
async function letterOf(unitName: string, entries: number): Promise<string> {
  const pkg = createSampleYear()
  pkg.ledger = pkg.ledger.filter((e) => e.unitId !== pkg.units.find((u) => u.name === unitName)!.id)
  withLedger(pkg, unitName, entries)
  const unit = warningUnits(computeResults(pkg).sequences.flatMap((s) => s.units)).find(
    (u) => u.name === unitName,
  )!
  const fonts = testFonts()
  const def = warningLetterDefinition(fonts, pkg, unit, defaultDocumentOptions(pkg).warning)
  const pages = await readPdf(await renderPdf(def, fonts))
  return pages
    .map((p) => p.text)
    .join('')
    .replace(/\s+/g, '')
}

describe('警示函 consequences (seed 004 第二十二条)', () => {
  it('at 10 points warns and names what 20 and 30 points would bring', async () => {
    const t = await letterOf('青山镇', 1)
    expect(t).toContain('你单位累计扣减分值已达到10分以上，现予以警示，督促你单位落实整改任务。')
    expect(t).toContain(
      '累计扣减分值达到20分以上的，将约谈你单位分管负责同志，并责成你单位向县委、县政府作出书面检查。',
    )
    expect(t).toContain('累计扣减分值达到30分以上的，将约谈你单位主要负责同志')
  }, 60_000)

  it('at 20 points summons the 分管负责同志 and asks for a 书面检查, then names the 30-point tier', async () => {
    const t = await letterOf('青山镇', 2)
    expect(t).toContain(
      '已达到20分以上，现予以警示，并由县整改工作领导小组负责同志约谈你单位分管负责同志，责成你单位向县委、县政府作出书面检查。',
    )
    expect(t).toContain('累计扣减分值达到30分以上的，将约谈你单位主要负责同志')
    expect(t).not.toContain('达到20分以上的，将')
  }, 60_000)

  it('at 30 points summons both leaders in one sentence, the 主要负责同志 first', async () => {
    const t = await letterOf('青山镇', 3)
    expect(t).toContain(
      '已达到30分以上，现予以警示，并由县整改工作领导小组负责同志约谈你单位主要负责同志和分管负责同志，责成你单位向县委、县政府作出书面检查。',
    )
    expect(t).not.toContain('分以上的，将')
    expect(t.match(/书面检查/g)).toHaveLength(1)
  }, 60_000)
})

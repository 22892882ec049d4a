import { HELP_TOPICS, fillGuide } from '../../help'
import type { FontSet } from '../fonts/font-set'
import { chineseDate } from '../layout/dates'
import { renderPdf } from '../render-pdf'
import { fillGuideDefinition } from './guide-fill'
import { GUIDE_FILE_NAMES, type GuideKind, type GuideYear } from './guide-kinds'
import { manualDefinition } from './guide-manual'

/**
 * 使用说明.pdf (all of the help) or 填表说明.pdf (one page for the units), from the same text as
 * the app's help. `today` is an ISO date, printed on the 使用说明 as its printing date.
 */
export async function generateGuide(
  kind: GuideKind,
  fonts: FontSet,
  year: GuideYear,
  today: string,
  /** Share of the pages drawn so far, 0…1. */
  onProgress?: (fraction: number) => void,
): Promise<{ name: string; bytes: Uint8Array }> {
  const doc =
    kind === 'manual'
      ? manualDefinition(fonts, HELP_TOPICS, {
          county: year.settings.countyName,
          printed: chineseDate(today),
        })
      : fillGuideDefinition(
          fonts,
          fillGuide({
            year: year.year,
            countyName: year.settings.countyName,
            returnDeadline: year.settings.returnDeadline,
            returnContact: year.settings.returnContact,
          }),
        )
  return { name: GUIDE_FILE_NAMES[kind], bytes: await renderPdf(doc, fonts, onProgress) }
}

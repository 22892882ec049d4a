import type { FontSet } from '../fonts/font-set'
import type { FillGuide } from '../../help'
import { guideFrame, guideHeading, guidePara, guideTitle, hanging } from './guide-frame'

/**
 * 填表说明: one page sent out with the templates. Its text comes from src/help (fillGuide), the
 * same source as the app's help; the deadline and contact come from the year settings.
 */
export function fillGuideDefinition(fonts: FontSet, guide: FillGuide) {
  return {
    ...guideFrame(fonts, guide.title),
    content: [
      guideTitle(fonts, guide.title, 16),
      guidePara(fonts, guide.lead, { margin: [0, 6, 0, 2] }),
      ...guide.sections.flatMap((s) => [
        guideHeading(fonts, s.heading, 12, 6),
        ...s.lines.map((line) => {
          const numbered = /^(\d+\.)\s*(.*)$/.exec(line)
          return numbered
            ? hanging(fonts, numbered[1]!, numbered[2]!, { margin: [6, 0, 0, 2] })
            : guidePara(fonts, line)
        }),
      ]),
    ],
  }
}

import { LEDGER_KIND_INFO, formatPoints, type UnitResult, type YearPackage } from '../../domain'
import type { FontSet } from '../fonts/font-set'
import { chineseDate } from '../layout/dates'
import { gongwenFrame, lineHeightFor } from '../layout/gongwen-page'
import { txt } from '../layout/text'
import { GRID, PAGE, RED, SIZE, mm } from '../layout/units'

export interface WarningOptions {
  docNumber: string
  date: string
  rectifyBy: string
}

/** Units whose standing ledger deductions reached 10 points (seed 004 第二十二条). */
export function warningUnits(units: UnitResult[]): UnitResult[] {
  return units.filter((u) => u.ledgerActions.includes('warningLetter'))
}

/** Red double line, 170 mm, centred on the page: thick over thin (top) or thin over thick. */
function doubleLine(y: number, thickFirst: boolean) {
  const x1 = (PAGE.width - mm(170)) / 2
  const x2 = x1 + mm(170)
  const [a, b] = thickFirst ? [1.6, 0.5] : [0.5, 1.6]
  return [
    { type: 'line', x1, y1: y, x2, y2: y, lineWidth: a, lineColor: RED },
    { type: 'line', x1, y1: y + 3, x2, y2: y + 3, lineWidth: b, lineColor: RED },
  ]
}

/** 警示函 in 信函格式: organ name 30 mm from the top, red double lines top and bottom. */
export function warningLetterDefinition(
  fonts: FontSet,
  pkg: YearPackage,
  u: UnitResult,
  o: WarningOptions,
) {
  const entries = pkg.ledger.filter((e) => e.unitId === u.unitId && !e.removed)
  const { partyOffice, governmentOffice } = pkg.settings
  const frame = gongwenFrame(fonts, (page) => page === 1)
  const para = (s: string) =>
    txt(fonts, s, 'body', { leadingIndent: GRID.charPitch * 2, alignment: 'justify' })
  const organSize = 20
  const organ = (s: string) =>
    txt(fonts, s, 'title', {
      fontSize: organSize,
      characterSpacing: 0,
      color: RED,
      alignment: 'center',
      lineHeight: lineHeightFor(fonts, 'title', organSize, organSize * 1.3),
    })
  return {
    ...frame,
    pageMargins: [PAGE.left, mm(30), PAGE.right, PAGE.bottom],
    info: { title: `警示函（${u.name}）` },
    background: (page: number) =>
      page === 1
        ? {
            canvas: [
              ...doubleLine(mm(30) + organSize * 2.6 + mm(4), true),
              ...doubleLine(PAGE.height - mm(20), false),
            ],
          }
        : null,
    content: [
      organ(partyOffice),
      organ(governmentOffice),
      txt(fonts, o.docNumber, 'body', { alignment: 'right', margin: [0, mm(4) + 10, 0, 0] }),
      txt(fonts, '警示函', 'title', {
        fontSize: SIZE.er,
        characterSpacing: 0,
        alignment: 'center',
        margin: [0, GRID.linePitch / 2, 0, GRID.linePitch / 2],
      }),
      txt(fonts, `${u.name}：`, 'body'),
      para(
        `经核查，你单位${pkg.year}年度问题台账累计扣分${formatPoints(u.ledgerPoints)}分，涉及以下问题：`,
      ),
      ...entries.map((e, i) =>
        para(
          `${i + 1}.${LEDGER_KIND_INFO[e.kind].label}（扣${formatPoints(LEDGER_KIND_INFO[e.kind].points)}分）：${e.description}`,
        ),
      ),
      para(
        `根据《${pkg.settings.countyName}生态环境保护工作责任考评办法》有关规定，现对你单位予以警示。请你单位高度重视，认真剖析问题原因，逐项落实整改措施，于${o.rectifyBy}前将整改落实情况书面报县委办公室、县政府办公室。`,
      ),
      {
        margin: [0, GRID.linePitch * 2, 0, 0],
        unbreakable: true,
        stack: [
          txt(fonts, partyOffice, 'body', {
            alignment: 'right',
            margin: [0, 0, GRID.charPitch * 2, 0],
          }),
          txt(fonts, governmentOffice, 'body', {
            alignment: 'right',
            margin: [0, 0, GRID.charPitch * 2, 0],
          }),
          txt(fonts, chineseDate(o.date), 'body', {
            alignment: 'right',
            margin: [0, 0, GRID.charPitch * 2, 0],
          }),
        ],
      },
    ],
  }
}

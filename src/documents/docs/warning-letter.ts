import {
  LEDGER_ACTIONS,
  LEDGER_KIND_INFO,
  type Unit,
  type UnitResult,
  type YearPackage,
} from '../../domain'
import type { FontSet } from '../fonts/font-set'
import { gongwenFrame, inkExtent, lineHeightFor } from '../layout/gongwen-page'
import { plainPoints } from '../layout/plain-points'
import { signatureBlock } from '../layout/signature'
import { txt } from '../layout/text'
import { balanceTitle } from '../layout/title-lines'
import { GRID, PAGE, RED, SIZE, mm } from '../layout/units'
import type { SignatureLayout } from '../notice/notice-input'

export interface WarningOptions {
  /** The organ that sends the letters (seed 004 第二十二条: the 整改工作领导小组办公室). */
  issuer: string
  /** 发文字号 of its 函 series, e.g. 云整改办函〔2027〕1号. */
  docNumber: string
  date: string
  rectifyBy: string
  /** The office's 办法 the letter cites (without 《》). */
  rulesName: string
  signature: SignatureLayout
}

/** Units whose standing ledger deductions reached 10 points (seed 004 第二十二条). */
export function warningUnits(units: UnitResult[]): UnitResult[] {
  return units.filter((u) => u.ledgerActions.includes('warningLetter'))
}

/**
 * 主送: the unit's party committee and government, as the county writes to them
 * (河口镇党委、镇人民政府), or the department itself.
 */
export function letterRecipient(unit: Pick<Unit, 'name' | 'kind'>): string {
  const n = unit.name
  if (unit.kind === '园区') return `${n}党工委、管委会`
  if (unit.kind === '街道') return `${n}党工委、办事处`
  if (unit.kind === '乡镇') {
    const level = /乡$/.test(n) ? '乡' : '镇'
    return `${n}党委、${level}人民政府`
  }
  return n
}

const ORGAN_SIZE = 22
/** Red double lines: thick 1.6 pt and thin 0.5 pt, 3 pt apart, 170 mm long. */
const THICK = 1.6
const THIN = 0.5
const APART = 3

/** Red double line, 170 mm, centred on the page: thick over thin (top) or thin over thick. */
function doubleLine(y: number, thickFirst: boolean) {
  const x1 = (PAGE.width - mm(170)) / 2
  const x2 = x1 + mm(170)
  const [a, b] = thickFirst ? [THICK, THIN] : [THIN, THICK]
  return [
    { type: 'line', x1, y1: y, x2, y2: y, lineWidth: a, lineColor: RED },
    { type: 'line', x1, y1: y + APART, x2, y2: y + APART, lineWidth: b, lineColor: RED },
  ]
}

/**
 * 警示函 in 信函格式 (GB/T 9704 §10.1): the sending organ's name in red 小标宋 with its ink
 * 30 mm from the paper's top, a red double line (thick over thin) 4 mm under it and another
 * (thin over thick) 20 mm above the bottom edge, both 170 mm; the 函's 发文字号 flush right
 * under the double line; the title two lines below it; 主送 the unit's party committee and
 * government; the ledger entries and points as the rule writes them; what 20 and 30 points
 * bring (约谈, 书面检查); 署名 and date as in the 通报. No page number on page 1.
 */
export function warningLetterDefinition(
  fonts: FontSet,
  pkg: YearPackage,
  u: UnitResult,
  o: WarningOptions,
) {
  const entries = pkg.ledger.filter((e) => e.unitId === u.unitId && !e.removed)
  const unit = pkg.units.find((x) => x.id === u.unitId)
  const frame = gongwenFrame(fonts, (page) => page === 1)
  const para = (s: string) =>
    txt(fonts, s, 'body', { leadingIndent: GRID.charPitch * 2, alignment: 'justify' })
  // One line across the 版心 at most: a long name is set smaller rather than broken.
  const organSize = Math.min(ORGAN_SIZE, PAGE.blockWidth / Math.max(1, [...o.issuer].length))
  const organInk = inkExtent(fonts, 'title', o.issuer, organSize)
  const organPitch = organSize * 1.3
  // The double line's top 4 mm under the organ name's ink.
  const lineY = mm(30) + organInk.bottom - organInk.top + mm(4) + THICK / 2
  const points = plainPoints(u.ledgerPoints)
  const reached = LEDGER_ACTIONS.filter((a) => u.ledgerActions.includes(a.code))
  const next = LEDGER_ACTIONS.filter((a) => !u.ledgerActions.includes(a.code))
  const rules = `《${o.rulesName}》`
  // What the rule attaches to the points reached, then to the thresholds still ahead.
  // Whom the tiers reached summon, the higher office first: 主要负责同志和分管负责同志.
  const summoned = reached.flatMap((a) => (a.summons ? [a.summons] : [])).reverse()
  const top = reached[reached.length - 1]
  const consequence = [
    `按照${rules}第二十二条规定，`,
    top ? `你单位累计扣减分值已达到${plainPoints(top.threshold)}分以上，` : '',
    summoned.length
      ? `现予以警示，并由县整改工作领导小组负责同志约谈你单位${summoned.join('和')}，责成你单位向县委、县政府作出书面检查。`
      : '现予以警示，督促你单位落实整改任务。',
    next
      .filter((a) => a.summons)
      .map(
        (a) =>
          `累计扣减分值达到${plainPoints(a.threshold)}分以上的，将约谈你单位${a.summons}，并责成你单位向县委、县政府作出书面检查。`,
      )
      .join(''),
  ].join('')
  return {
    ...frame,
    pageMargins: [PAGE.left, mm(30) - organInk.top, PAGE.right, PAGE.bottom],
    info: { title: `警示函（${u.name}）` },
    background: (page: number) =>
      page === 1
        ? { canvas: [...doubleLine(lineY, true), ...doubleLine(PAGE.height - mm(20), false)] }
        : null,
    content: [
      txt(fonts, o.issuer, 'title', {
        fontSize: organSize,
        characterSpacing: 0,
        color: RED,
        alignment: 'center',
        noWrap: true,
        lineHeight: lineHeightFor(fonts, 'title', organSize, organPitch),
      }),
      // Under the double line, flush right, on the first grid line below it.
      txt(fonts, o.docNumber, 'body', {
        alignment: 'right',
        margin: [0, lineY + APART + THIN + mm(3) - (mm(30) - organInk.top) - organPitch, 0, 0],
      }),
      {
        margin: [0, GRID.linePitch * 2, 0, GRID.linePitch],
        stack: balanceTitle(`关于${u.name}问题整改的警示函`).map((line) =>
          txt(fonts, line, 'title', {
            fontSize: SIZE.er,
            characterSpacing: 0,
            alignment: 'center',
            lineHeight: lineHeightFor(fonts, 'title', SIZE.er, 36),
          }),
        ),
      },
      txt(fonts, `${unit ? letterRecipient(unit) : u.name}：`, 'body'),
      para(
        `经核查，你单位${pkg.year}年度突出生态环境问题整改累计扣减分值${points}分，涉及问题如下：`,
      ),
      ...entries.map((e, i) =>
        para(
          `${i + 1}.${e.description}（${LEDGER_KIND_INFO[e.kind].label}，扣${plainPoints(LEDGER_KIND_INFO[e.kind].points)}分）。`,
        ),
      ),
      para(consequence),
      {
        unbreakable: true,
        stack: [
          para(
            `请你单位高度重视，逐项落实整改措施，于${o.rectifyBy}前将整改落实情况书面报送我办。`,
          ),
          signatureBlock(fonts, [o.issuer], o.date, o.signature),
        ],
      },
    ],
  }
}

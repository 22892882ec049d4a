import { documentTitles } from '../domain'

/** What the 填表说明 needs of a year: its number, county and the return deadline and contact. */
export interface FillGuideYear {
  year: number
  countyName: string
  returnDeadline?: string
  returnContact?: string
}

export interface FillGuideSection {
  heading: string
  lines: string[]
}

export interface FillGuide {
  title: string
  /** One line under the title: who it is for. */
  lead: string
  sections: FillGuideSection[]
}

/** Said instead of a date the office has not set: the sheet never shows an invented one. */
export const MISSING_DEADLINE = '（请在年度设置中填写报回截止日期）'
export const MISSING_CONTACT = '（请在年度设置中填写报回联系人）'

/**
 * The one-page 填表说明 sent out with the self-assessment templates: how to fill, what not to
 * change, how to list evidence, and by when and to whom to send it back. What not to change is
 * exactly what makes an import fail (import-problems.ts), said before the unit does it.
 */
export function fillGuide(y: FillGuideYear): FillGuide {
  const deadline = y.returnDeadline ? isoToChinese(y.returnDeadline) : MISSING_DEADLINE
  const contact = y.returnContact?.trim() || MISSING_CONTACT
  return {
    title: documentTitles.fillGuide(y.year),
    lead: `${y.countyName}各乡镇（街道）、园区和县级各部门：本说明随本单位的自查表模板一并下发，请填表人先读一遍。`,
    sections: [
      {
        heading: '一、怎样填写',
        lines: [
          '1. 使用县里下发给本单位的自查表模板（Excel 文件，已写好单位名称、序列和年度），用 Excel 或 WPS 打开填写，不要新建表格，也不要把内容复制到其他文件。',
          '2. 在“自查表”工作表中，每一项只填写“自评得分”“自评说明”“佐证材料”三列。',
          '3. 自评得分只填数字（如 8 或 8.5），不超过该项满分，最多两位小数；评分标准后注明“扣分步长”的项目，按步长的整数倍填写。',
          '4. 得分低于满分的项目，在“自评说明”中写明原因；每一项都要填写得分，不涉及的项目也不要留空。',
          '5. 在“一票否决申报”工作表中，每条情形的“是否存在”一栏只填“是”或“否”；填“是”的在“情况说明”中写明经过。',
        ],
      },
      {
        heading: '二、不要改动',
        lines: [
          '1. 不要改动“指标编号”“考评内容”“满分”“评分标准”各列和表头，不要增加、删除或复制行。',
          '2. 不要修改或删除工作表，不要修改工作表的名称。',
          '3. 不要使用公式，不要设置打开密码，不要在表格中插入图片或附件。',
        ],
      },
      {
        heading: '三、佐证材料怎样列',
        lines: [
          '1. 在“佐证材料”一栏写出材料的名称，一件一行（单元格内换行按 Alt + 回车），或用“；”隔开。',
          '2. 写明文件名称、文号和日期，如：镇党委会议纪要（2026年第3期，3月15日）。',
          '3. 材料本身（文件、照片等）不要插入表格，按县里的要求另行报送。',
        ],
      },
      {
        heading: '四、报送',
        lines: [
          `1. 报回截止日期：${deadline}。`,
          '2. 报回填好的 .xlsx 文件本身，不要改扩展名、压缩或转成其他格式；文件名可以不改。',
          '3. 需要更正时，改正后重新报送整份文件，以最后报送的一份为准。',
          `4. 联系人：${contact}。`,
        ],
      },
    ],
  }
}

function isoToChinese(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : MISSING_DEADLINE
}

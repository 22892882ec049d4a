/** Placeholders the office may use in the notice body, with what each is replaced by. */
export const NOTICE_PLACEHOLDERS: Record<string, string> = {
  县名: '县名，如 云溪县',
  年度: '考评年度，如 2026',
  年度名称: '本年度考评的名称（去掉县名），如 2026年度环境保护党政同责工作目标绩效考评',
  考评办法: '考评办法全称（含书名号）及其文号，如 《云溪县…实施细则》（云委办发〔2024〕5号）',
  先进总数: '先进单位总数',
  乡镇先进数: '乡镇（街道）和园区先进单位个数',
  乡镇先进单位: '乡镇（街道）和园区先进单位名单，以顿号分隔',
  部门先进数: '县级部门先进单位个数',
  部门先进单位: '县级部门先进单位名单，以顿号分隔',
  否决说明: '一票否决单位及其情形（没有时为空，该段不输出）',
  约谈说明: '约谈单位：排名后三位的（第十八条），及问题台账累计扣分达到20分、30分的（第二十二条）',
  主要问题: '考评中发现的主要问题（由台账和各指标失分情况生成，可改写）',
  整改期限: '整改期限，如 2027年3月31日',
}

/**
 * The default body; one paragraph per line. Lines starting 一、 are 黑体, （一） 楷体. Its
 * wording follows the rulebook: 第十七条 (前三分之一为先进单位, 予以通报表扬), 第九条 (一票否决:
 * 不得评为先进单位, 不予通报表扬), 第十八条 (后三位, 由县委、县政府有关领导对其主要负责同志及
 * 有关负责同志进行约谈).
 */
export const DEFAULT_NOTICE_TEMPLATE = `为深入贯彻落实环境保护党政同责要求，压紧压实各级各部门生态环境保护工作责任，根据{{考评办法}}，县委、县政府组织对各乡镇（街道）、园区和县级部门开展了{{年度名称}}。经单位自查、县环境保护行政主管部门会同县级有关部门审核、县目督办（县绩效办）复核，并报县委、县政府研究同意，现将考评结果通报如下：
一、先进单位
根据考评结果，对排位前三分之一的{{先进总数}}个单位予以通报表扬。
（一）乡镇（街道）和园区（{{乡镇先进数}}个）
{{乡镇先进单位}}
（二）县级部门（{{部门先进数}}个）
{{部门先进单位}}
{{否决说明}}
二、约谈单位
{{约谈说明}}
三、存在的主要问题
{{主要问题}}
四、有关要求
受到通报表扬的单位要珍惜荣誉、再接再厉，持续巩固生态环境保护工作成效。其他单位要对照考评细则认真查找差距，补齐短板。被约谈单位要深刻剖析原因，制定整改方案，于{{整改期限}}前将整改落实情况书面报县委办公室、县政府办公室。`

/**
 * Fills the template. Unknown placeholders are refused with their names, so a typo in the
 * office's wording cannot print `{{…}}` into an official document.
 */
export function fillTemplate(
  template: string,
  values: Record<string, string>,
): { ok: true; value: string[] } | { ok: false; error: { code: string; message: string } } {
  const unknown = new Set<string>()
  const filled = template.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (_m, name: string) => {
    if (!Object.hasOwn(values, name)) {
      unknown.add(name)
      return ''
    }
    return values[name]!
  })
  if (unknown.size > 0)
    return {
      ok: false,
      error: {
        code: 'unknown-placeholder',
        message: `通报模板中有未知的占位符：${[...unknown].map((n) => `{{${n}}}`).join('、')}`,
      },
    }
  const paragraphs = filled
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
  return { ok: true, value: paragraphs }
}

export type HeadingLevel = 1 | 2 | 0

/** 一、 → level 1 (黑体), （一） → level 2 (楷体), anything else body text. */
export function headingLevel(paragraph: string): HeadingLevel {
  if (/^[一二三四五六七八九十]+、/.test(paragraph)) return 1
  if (/^（[一二三四五六七八九十]+）/.test(paragraph)) return 2
  return 0
}

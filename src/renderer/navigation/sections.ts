import { lazy, type ComponentType } from 'react'

/**
 * The app's sections, in the order of the annual cycle (SPEC §2): set up the year, the roster
 * and the criteria, collect self-assessments, review, re-check, rank, print, and keep the data
 * safe. The navigation and the router read this one list: a new screen is its folder
 * `src/renderer/sections/<id>/` (whose index exports the page as default) and one entry here.
 */
export interface Section {
  /** The hash path, e.g. `#/units`. */
  id: SectionId
  label: string
  /** One line under the page title: what the office does here. */
  purpose: string
  Page: ComponentType<SectionPageProps>
}

export interface SectionPageProps {
  section: Section
}

/**
 * A section's code is fetched the first time it opens, not with the first screen: the operator
 * screen then waits only for the app's frame, not for every page, the Excel and PDF code.
 */
const page = (load: () => Promise<{ default: ComponentType<SectionPageProps> }>) => lazy(load)

const REGISTRY = [
  {
    id: 'year',
    label: '年度设置',
    purpose: '建立考评年度，设定先进比例、顺延、并列、汇总方式和发文机关。',
    Page: page(() => import('../sections/year')),
  },
  {
    id: 'units',
    label: '单位名册',
    purpose: '两个序列的被考评单位、主要负责人和联系人。',
    Page: page(() => import('../sections/units')),
  },
  {
    id: 'criteria',
    label: '考评细则',
    purpose: '每个序列的百分制考评细则和一票否决情形。',
    Page: page(() => import('../sections/criteria')),
  },
  {
    id: 'submissions',
    label: '自查材料',
    purpose: '下发自查表模板，导入各单位报回的自查材料。',
    Page: page(() => import('../sections/submissions')),
  },
  {
    id: 'review',
    label: '审核评分',
    purpose: '考评组对照自评逐项打分，并汇总多位评分人的分数。',
    Page: page(() => import('../sections/review')),
  },
  {
    id: 'recheck',
    label: '复核',
    purpose: '绩效办结合日常监管调整分数，每次调整都记录理由。',
    Page: page(() => import('../sections/recheck')),
  },
  {
    id: 'ranking',
    label: '排名结果',
    purpose: '按序列排名，标出先进单位、约谈单位和一票否决单位。',
    Page: page(() => import('../sections/ranking')),
  },
  {
    id: 'documents',
    label: '文件输出',
    purpose: '生成通报、约谈名单、考评评分表和警示函。',
    Page: page(() => import('../sections/documents')),
  },
  {
    id: 'data',
    label: '数据与备份',
    purpose: '导出、恢复年度数据包，查看自动备份和修改记录。',
    Page: page(() => import('../sections/data')),
  },
  {
    id: 'help',
    label: '使用说明',
    purpose: '每一步做什么、依据哪一条、常见问题怎样处理，可以搜索。',
    Page: page(() => import('../sections/help')),
  },
] as const

export type SectionId = (typeof REGISTRY)[number]['id']

export const SECTIONS: readonly Section[] = REGISTRY

export const DEFAULT_SECTION: SectionId = 'year'

export function findSection(id: string): Section | undefined {
  return SECTIONS.find((s) => s.id === id)
}

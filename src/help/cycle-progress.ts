import type { HelpSectionId } from './help-types'

/** What the progress strip needs to know of the open year, read from the store. */
export interface CycleFacts {
  /** Units taking part this year (not retired). */
  units: CycleUnit[]
  /** Both sequences' criteria sheets are valid (each sums to exactly 100 points). */
  criteriaReady: boolean
  /** Re-check adjustments in force (not withdrawn). */
  adjustments: number
  /** 审定: the year is approved and locked. */
  locked: boolean
}

export interface CycleUnit {
  sequence: 'township' | 'department'
  /** A self-assessment template was generated for it (已下发). */
  templateIssued: boolean
  /** At least one returned file was imported (已回收). */
  submitted: boolean
  /** Items of its sheet that at least one reviewer scored, and how many items the sheet has. */
  itemsScored: number
  items: number
}

export const CYCLE_STEP_IDS = [
  'year',
  'roster',
  'criteria',
  'templates',
  'import',
  'scoring',
  'recheck',
  'ranking',
  'approval',
  'documents',
] as const
export type CycleStepId = (typeof CYCLE_STEP_IDS)[number]

/**
 * done: finished as far as the data shows; next: the first step still to do (one at most);
 * optional: may be skipped (复核 with nothing to adjust); todo: after the next step.
 */
export type StepStatus = 'done' | 'next' | 'optional' | 'todo'

export interface CycleStep {
  id: CycleStepId
  label: string
  /** The page where this step is done. */
  section: HelpSectionId
  status: StepStatus
  /** A few words on where the step stands (已回收 3/14) or what to do first. */
  detail: string
}

const LABELS: Record<CycleStepId, [label: string, section: HelpSectionId]> = {
  year: ['年度', 'year'],
  roster: ['名册', 'units'],
  criteria: ['细则', 'criteria'],
  templates: ['下发模板', 'submissions'],
  import: ['导入自查', 'submissions'],
  scoring: ['审核评分', 'review'],
  recheck: ['复核', 'recheck'],
  ranking: ['排名', 'ranking'],
  approval: ['审定', 'ranking'],
  documents: ['文件', 'documents'],
}

/**
 * Where the year stands in the annual cycle (year → roster → criteria → templates → import →
 * scoring → 复核 → ranking → 审定 → documents), from its data alone. `null`: no year yet.
 *
 * Two steps leave no trace in the data and are judged by what follows them: 复核 counts as done
 * once an adjustment is recorded or the year is approved, and is optional once scoring is
 * complete (most units need no adjustment); the ranking counts as looked at once approved.
 * Printing the documents is not recorded, so that step is never shown done, only next.
 */
export function cycleProgress(facts: CycleFacts | null): CycleStep[] {
  const done = doneSteps(facts)
  const detail = details(facts)
  let nextFound = false
  return CYCLE_STEP_IDS.map((id) => {
    const [label, section] = LABELS[id]
    let status: StepStatus
    if (done[id]) status = 'done'
    else if (id === 'recheck' && done.scoring) status = 'optional'
    else if (!nextFound) {
      status = 'next'
      nextFound = true
    } else status = 'todo'
    return { id, label, section, status, detail: detail[id] }
  })
}

function doneSteps(f: CycleFacts | null): Record<CycleStepId, boolean> {
  const units = f?.units ?? []
  const some = units.length > 0
  const every = (p: (u: CycleUnit) => boolean) => some && units.every(p)
  const scored = every((u) => u.items > 0 && u.itemsScored >= u.items)
  const locked = f?.locked ?? false
  return {
    year: f !== null,
    roster:
      units.some((u) => u.sequence === 'township') &&
      units.some((u) => u.sequence === 'department'),
    criteria: f?.criteriaReady ?? false,
    templates: every((u) => u.templateIssued || u.submitted),
    import: every((u) => u.submitted),
    scoring: scored,
    recheck: locked || (f?.adjustments ?? 0) > 0,
    ranking: locked,
    approval: locked,
    documents: false,
  }
}

function details(f: CycleFacts | null): Record<CycleStepId, string> {
  const units = f?.units ?? []
  const n = units.length
  const count = (p: (u: CycleUnit) => boolean) => units.filter(p).length
  const township = count((u) => u.sequence === 'township')
  const department = n - township
  return {
    year: f ? '已建立' : '先建立考评年度',
    roster:
      n === 0
        ? '添加被考评单位'
        : township === 0
          ? '乡镇（街道）和园区序列还没有单位'
          : department === 0
            ? '县级部门序列还没有单位'
            : `${n} 个单位`,
    criteria: f?.criteriaReady ? '两个序列各 100 分' : '两个序列各须合计 100 分',
    templates: n ? `已下发 ${count((u) => u.templateIssued || u.submitted)}/${n}` : '先建名册',
    import: n ? `已回收 ${count((u) => u.submitted)}/${n}` : '先建名册',
    scoring: n
      ? `已评完 ${count((u) => u.items > 0 && u.itemsScored >= u.items)}/${n} 个单位`
      : '先建名册',
    recheck: f?.adjustments ? `已记录 ${f.adjustments} 项调整` : '没有要调整的可跳过',
    ranking: '核对先进和约谈单位',
    approval: f?.locked ? '已审定锁定' : '县委、县政府审定后锁定',
    documents: '生成通报、约谈名单等',
  }
}

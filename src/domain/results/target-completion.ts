import { formatPoints as f, type Points } from '../points'
import type { TargetJudgement } from '../model/record'

/** What the app proposes for 第二十条, and why; the office records the judgement. */
export interface TargetSuggestion {
  completed: boolean
  why: string
}

/**
 * A suggestion only: the seeds ask whether the unit completed the county's annual targets,
 * which the score and a veto hint at but do not settle (SPEC §2.8). The year's targetLine is
 * the office's own hint line.
 */
export function suggestTargetCompletion(
  u: { total: Points; vetoed: boolean; vetoReasons: readonly string[] },
  targetLine: Points,
): TargetSuggestion {
  if (u.vetoed) return { completed: false, why: `触发一票否决（${u.vetoReasons.join('；')}）` }
  if (u.total < targetLine) {
    return {
      completed: false,
      why: `总分 ${f(u.total)} 分低于目标任务完成分数线 ${f(targetLine)} 分`,
    }
  }
  return {
    completed: true,
    why: `总分 ${f(u.total)} 分达到目标任务完成分数线 ${f(targetLine)} 分，未触发一票否决`,
  }
}

/** Each unit's recorded judgement; the last record of a unit stands. */
export function judgementsByUnit(
  list: readonly TargetJudgement[],
): ReadonlyMap<string, TargetJudgement> {
  return new Map(list.map((j) => [j.unitId, j]))
}

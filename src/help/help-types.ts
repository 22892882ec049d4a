/**
 * The shape of the app's help: one topic per section of the annual cycle. The same text feeds
 * the help panel (帮助 / F1), the 使用说明 page and the printed 使用说明.pdf, so it is plain
 * strings only — no markup, nothing that only a screen or only paper can show.
 */

/** The sections that have help, by the navigation's ids (src/renderer/navigation/sections.ts). */
export type HelpSectionId =
  | 'year'
  | 'units'
  | 'criteria'
  | 'submissions'
  | 'review'
  | 'recheck'
  | 'ranking'
  | 'documents'
  | 'data'
  | 'help'

/** An article of the rules this step applies, quoted short enough to read in the panel. */
export interface HelpArticle {
  /** e.g. `第十五条（一）` or `排查整改办法 第二十二条` */
  ref: string
  text: string
}

/** A problem met at this step: what the user sees, what to do, and what to tell the unit. */
export interface HelpProblem {
  /** What appears on screen (an Excel import message as printed, or a symptom). */
  symptom: string
  /** What the office does about it. */
  fix: string
  /** When the unit's file is at fault: what to tell the township or department. */
  tellUnit?: string
}

export interface HelpTopic {
  id: HelpSectionId
  /** The section's name as the navigation shows it. */
  title: string
  /** What this step of the annual cycle is for. */
  purpose: string
  /** What to do here, in order. */
  steps: readonly string[]
  articles: readonly HelpArticle[]
  problems: readonly HelpProblem[]
}

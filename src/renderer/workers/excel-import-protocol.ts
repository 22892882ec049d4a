/**
 * Messages between the page and the Excel import worker, and the work itself as a plain
 * function (so it is tested without a Worker). Parsing runs off the page thread and the page
 * stops the worker after a time limit: a hostile file can cost a few seconds, never the app.
 */
import type { YearPackage } from '../../domain'
import { importReviewerSheets, importSelfAssessments, detectTemplateKind } from '../../excel'
import type { FileOutcome, ReviewerFileOutcome } from '../../excel'

export interface ImportRequest {
  pkg: YearPackage
  files: { name: string; data: Uint8Array }[]
  by: string
  at: string
  /** Held files the office confirmed, by name (a template copied for another unit). */
  confirmed?: string[]
}

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number; file: string }
  | {
      type: 'done'
      pkg: YearPackage
      selfAssessments: FileOutcome[]
      reviewerSheets: ReviewerFileOutcome[]
    }
  | { type: 'failed'; message: string }

export function runImport(req: ImportRequest, post: (m: WorkerMessage) => void): void {
  try {
    const total = req.files.length
    const reviewer: ImportRequest['files'] = []
    const self: ImportRequest['files'] = []
    req.files.forEach((f, i) => {
      ;(detectTemplateKind(f.data) === 'reviewer-sheet' ? reviewer : self).push(f)
      post({ type: 'progress', done: i + 1, total, file: f.name })
    })
    const ctx = { by: req.by, at: req.at, confirmed: req.confirmed }
    const a = importSelfAssessments(req.pkg, self, ctx)
    const b = importReviewerSheets(a.pkg, reviewer, ctx)
    post({ type: 'done', pkg: b.pkg, selfAssessments: a.files, reviewerSheets: b.files })
  } catch (err) {
    post({
      type: 'failed',
      message: `导入时出错：${err instanceof Error ? err.message : String(err)}`,
    })
  }
}

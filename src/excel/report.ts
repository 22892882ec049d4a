/** The import report: every problem names file, sheet and cell, in Chinese. */
export interface ImportProblem {
  file: string
  sheet?: string
  cell?: string
  message: string
  /** An error rejects the whole file; a warning is reported and the file still imports. */
  severity: 'error' | 'warning'
}

/** `青山镇.xlsx · 自查表 · D7: 得分 12 超过满分 10` */
export function formatProblem(p: ImportProblem): string {
  const place = [p.file, p.sheet].filter(Boolean).join(' · ')
  return p.cell ? `${place} · ${p.cell}: ${p.message}` : `${place}: ${p.message}`
}

export class ProblemList {
  readonly items: ImportProblem[] = []
  constructor(private readonly file: string) {}
  error(message: string, sheet?: string, cell?: string) {
    this.items.push({ file: this.file, sheet, cell, message, severity: 'error' })
  }
  warning(message: string, sheet?: string, cell?: string) {
    this.items.push({ file: this.file, sheet, cell, message, severity: 'warning' })
  }
  get hasErrors(): boolean {
    return this.items.some((p) => p.severity === 'error')
  }
}

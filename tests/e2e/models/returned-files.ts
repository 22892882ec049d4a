import { expect, type Page } from '@playwright/test'
import { createSampleYear, criteriaItems, formatPoints } from '../../../src/domain'
import { unitFileName, writeSelfAssessmentTemplate } from '../../../src/excel'
import { editWorkbook, itemRows } from '../../excel/fill-template'
import { chooseFiles, type TestFile } from './excel-files'

export type CellEdits = Record<string, string | number>

/**
 * What a unit of the sample county sends back: every item at full marks with a short
 * explanation, except the edits given (addressed through `row(code)`). The sample year the app
 * builds has the same unit ids, so the file is recognised as that unit's.
 */
export function returnedFile(
  unitIndex: number,
  overrides: (row: (code: string) => number) => CellEdits = () => ({}),
) {
  const pkg = createSampleYear()
  const unit = pkg.units[unitIndex]!
  const template = writeSelfAssessmentTemplate(pkg, unit)
  const rows = itemRows(template)
  const row = (code: string) => rows.get(code)!
  const edits: CellEdits = {}
  const items = criteriaItems(pkg.criteria[unit.sequence])
  for (const item of items) {
    edits[`D${row(item.code)}`] = Number(formatPoints(item.max))
    edits[`E${row(item.code)}`] = '已按要求完成'
  }
  const file: TestFile = {
    name: unitFileName(unit),
    data: editWorkbook(template, { 自查表: { ...edits, ...overrides(row) } }),
  }
  return { unit, items, row, file }
}

/** Every unit of the sample county returns its file at full marks (one sample build for all). */
export function allReturnedFiles(): { files: TestFile[]; itemsPerUnit: Map<string, number> } {
  const pkg = createSampleYear()
  const files: TestFile[] = []
  const itemsPerUnit = new Map<string, number>()
  for (const unit of pkg.units) {
    const template = writeSelfAssessmentTemplate(pkg, unit)
    const rows = itemRows(template)
    const items = criteriaItems(pkg.criteria[unit.sequence])
    const edits: CellEdits = {}
    for (const item of items) {
      edits[`D${rows.get(item.code)!}`] = Number(formatPoints(item.max))
      edits[`E${rows.get(item.code)!}`] = '已按要求完成'
    }
    files.push({ name: unitFileName(unit), data: editWorkbook(template, { 自查表: edits }) })
    itemsPerUnit.set(unit.id, items.length)
  }
  return { files, itemsPerUnit }
}

/** Imports returned files through the 自查材料 page's file dialog and waits for the report. */
export async function importReturned(page: Page, files: TestFile[]): Promise<void> {
  await chooseFiles(page, page.getByRole('button', { name: '导入报回文件……' }), files)
  await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 60_000 })
}

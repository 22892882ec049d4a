import { readFile } from 'node:fs/promises'
import { expect, type Locator, type Page } from '@playwright/test'
import * as XLSX from 'xlsx'

export { editWorkbook } from '../../excel/fill-template'

export interface TestFile {
  name: string
  data: Uint8Array
}

/** Clicks a save button and returns what the browser platform downloaded (its 另存为). */
export async function downloadOf(page: Page, button: Locator): Promise<TestFile> {
  const pending = page.waitForEvent('download')
  await button.click()
  const download = await pending
  const path = await download.path()
  expect(path, '下载未完成').toBeTruthy()
  return { name: download.suggestedFilename(), data: new Uint8Array(await readFile(path)) }
}

/** Clicks an open button and hands the files to the page's file picker. */
export async function chooseFiles(page: Page, button: Locator, files: TestFile[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await button.click()
  await (
    await chooser
  ).setFiles(
    files.map((f) => ({
      name: f.name,
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(f.data),
    })),
  )
}

/** Appends rows below a sheet's data, as a clerk typing at the bottom in Excel would. */
export function appendRows(bytes: Uint8Array, sheet: string, rows: (string | number)[][]) {
  const wb = XLSX.read(bytes, { type: 'array' })
  XLSX.utils.sheet_add_aoa(wb.Sheets[sheet]!, rows, { origin: -1 })
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}

/** A sheet as rows of displayed text, to look things up in an exported workbook. */
export function sheetRows(bytes: Uint8Array, sheet: string): string[][] {
  const wb = XLSX.read(bytes, { type: 'array' })
  return XLSX.utils.sheet_to_json<string[]>(wb.Sheets[sheet]!, {
    header: 1,
    raw: false,
    defval: '',
  })
}

/** A dialog over the page: the viewport only (a full-page shot stretches the overlay). */
export async function dialogShot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png` })
}

// A reload (or a crash) in the middle of importing many returned files leaves nothing half
// written: the batch is parsed first and stored in one transaction, so after the reload every
// unit has either all of its new version or none of it, the marker check lets the app start,
// the history chain is intact, and a refused file's unit is marked 有问题 exactly when the rest
// of its batch was stored.
import { expect, test, type Page } from '@playwright/test'
import { AppModel } from './models/app'
import { chooseFiles } from './models/excel-files'
import { allReturnedFiles, returnedFile } from './models/returned-files'
import { YearPageModel } from './models/year-page'

interface StoreState {
  submissions: { unitId: string; version: number; items: number }[]
  submissionHistory: { entityId: string; action: string; version: number }[]
  /** Units marked 有问题 (a refused file). */
  problemUnits: string[]
}

/** The raw IndexedDB content (a string: the tests are typed for Node, which has no indexedDB). */
const READ_STORE = `new Promise((resolve, reject) => {
  const req = indexedDB.open('kaopingtong')
  req.onerror = () => reject(req.error)
  req.onsuccess = () => {
    const db = req.result
    const tx = db.transaction(['submissions', 'history', 'units'], 'readonly')
    const subs = tx.objectStore('submissions').getAll()
    const hist = tx.objectStore('history').getAll()
    const units = tx.objectStore('units').getAll()
    tx.oncomplete = () => {
      resolve({
        submissions: subs.result.map((s) => ({ unitId: s.unitId, version: s.version, items: s.items.length })),
        submissionHistory: hist.result
          .filter((h) => h.entity === 'submission' && h.action !== 'refused')
          .map((h) => ({ entityId: h.entityId, action: h.action, version: h.newValue && h.newValue.version })),
        problemUnits: units.result.filter((u) => u.importProblem).map((u) => u.id),
      })
      db.close()
    }
    tx.onerror = () => reject(tx.error)
  }
})`

/**
 * Every unit's versions run 1..n with every item present; the batch went in whole or not at
 * all (all units but the refused one at the same version, the refused one marked 有问题 exactly
 * when the others moved on); each stored version has its history entry and no history entry
 * points at a version that is not stored. Returns the versions per unit.
 */
async function expectConsistent(
  page: Page,
  itemsPerUnit: Map<string, number>,
  refusedUnit: string,
): Promise<number> {
  const state = await page.evaluate<StoreState>(READ_STORE)
  const byUnit = new Map<string, number[]>()
  for (const s of state.submissions) {
    expect(s.items, `单位 ${s.unitId} 第 ${s.version} 版的指标不全`).toBe(
      itemsPerUnit.get(s.unitId),
    )
    byUnit.set(s.unitId, [...(byUnit.get(s.unitId) ?? []), s.version])
  }
  expect([...byUnit.keys()].sort()).toEqual([...itemsPerUnit.keys()].sort())
  const counts = new Set<number>()
  for (const [unitId, versions] of byUnit) {
    versions.sort((a, b) => a - b)
    expect(versions, `单位 ${unitId} 的版本不连续`).toEqual(versions.map((_, i) => i + 1))
    if (unitId === refusedUnit) expect(versions, '被拒绝的文件不应成为新版本').toEqual([1])
    else counts.add(versions.length)
  }
  expect(counts.size, '一批导入只写入了一部分单位').toBe(1)
  const batches = [...counts][0]! - 1
  expect(state.problemUnits, '有问题标记与同批的导入不一致').toEqual(
    batches > 0 ? [refusedUnit] : [],
  )
  const imported = state.submissionHistory.map((h) => `${h.entityId}|${h.version}`).sort()
  // The sample year's version 1 arrives with the year (its own history entries), so only
  // versions written by an import need an import entry — and every such entry a stored version.
  const stored = new Set(state.submissions.map((s) => `${s.unitId}|${s.version}`))
  for (const h of imported) expect(stored.has(h), `修改记录指向不存在的版本 ${h}`).toBe(true)
  for (const s of state.submissions.filter((x) => x.version > 1)) {
    expect(imported, `第 ${s.version} 版没有修改记录`).toContain(`${s.unitId}|${s.version}`)
  }
  return [...counts][0]!
}

async function expectHistoryIntact(app: AppModel): Promise<void> {
  await app.goTo('数据与备份')
  await app.page.getByRole('button', { name: '检查修改记录是否完整' }).click()
  await expect(app.page.getByTestId('history-check')).toContainText('修改记录完整')
}

test('自查材料：导入大批报回文件的中途刷新页面，不留下写了一半的数据，重新导入照常', async ({
  page,
}) => {
  test.setTimeout(240_000)
  const { files: goodFiles, itemsPerUnit } = allReturnedFiles()
  // One file of the batch is refused (a score over the maximum); the rest are good.
  const bad = returnedFile(1, (row) => ({ [`D${row('1.1')}`]: 99 }))
  expect(bad.items[0]!.code).toBe('1.1')
  const files = goodFiles.map((f) => (f.name === bad.file.name ? bad.file : f))
  expect(files).toContain(bad.file)
  const refusedUnit = bad.unit.id
  const total = files.length
  const app = new AppModel(page)
  await app.open()
  await new YearPageModel(app).create('从示例年度开始')
  expect(await expectConsistent(page, itemsPerUnit, refusedUnit)).toBe(1)

  // 1. Reload while the files are still being parsed: nothing is stored yet.
  await app.goTo('自查材料')
  await chooseFiles(page, page.getByRole('button', { name: '导入报回文件……' }), files)
  await expect(page.getByText(new RegExp(`正在解析 [1-9]\\d* / ${total} 个文件`))).toBeVisible({
    timeout: 60_000,
  })
  await page.reload()
  await app.signInIfAsked()
  expect(await expectConsistent(page, itemsPerUnit, refusedUnit)).toBe(1)
  // The next visit says which batch was cut off and that none of it was stored.
  await app.goTo('自查材料')
  const notice = page.getByTestId('interrupted-import')
  await expect(notice).toContainText('上次导入没有完成，这一批没有存入任何内容')
  await expect(notice).toContainText(`导入的 ${total} 个报回文件（${files[0]!.name}、`)
  await app.screenshot('import-interrupted')
  await notice.getByRole('button', { name: '知道了' }).click()
  await expect(notice).toHaveCount(0)
  await expectHistoryIntact(app)

  // 2. Reload the moment the last file is parsed, when the store write runs: the page reloads
  // itself from a DOM observer, without the round trip of a test poll.
  await app.goTo('自查材料')
  await page.evaluate(`(() => {
    const zone = document.querySelector('[data-testid="drop-zone"]')
    new MutationObserver((_, observer) => {
      // The report appearing means the write is done: reload then too, rather than never.
      const parsed = zone.textContent.includes('正在解析 ${total} / ${total}')
      if (parsed || document.querySelector('[data-testid="import-report"]')) {
        observer.disconnect()
        location.reload()
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
  })()`)
  const reloaded = page.waitForEvent('load', { timeout: 120_000 })
  await chooseFiles(page, page.getByRole('button', { name: '导入报回文件……' }), files)
  await reloaded
  await app.signInIfAsked()
  const after = await expectConsistent(page, itemsPerUnit, refusedUnit)
  expect([1, 2]).toContain(after)
  // Which side of the commit the reload fell on depends on the machine; the report says which.
  test.info().annotations.push({
    type: '刷新时机',
    description: after === 2 ? '这一批已整批写入' : '这一批整批未写入',
  })
  // The notice appears exactly when the batch was not stored.
  await app.goTo('自查材料')
  await expect(page.getByTestId('interrupted-import')).toHaveCount(after === 2 ? 0 : 1)
  await expectHistoryIntact(app)

  // 3. The import still works after the interruption and adds exactly one version per unit.
  await app.goTo('自查材料')
  await chooseFiles(page, page.getByRole('button', { name: '导入报回文件……' }), files)
  await expect(page.getByTestId('notice-info').last()).toContainText(
    `导入 ${total - 1} 个文件，未导入 1 个`,
    { timeout: 120_000 },
  )
  expect(await expectConsistent(page, itemsPerUnit, refusedUnit)).toBe(after + 1)
  await app.screenshot('import-after-reload')
})

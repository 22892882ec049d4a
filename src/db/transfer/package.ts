/**
 * 数据与备份, the store's side: a year as the domain's package file (checksummed), a preview of
 * a file before anything is restored, and restores that land whole or not at all. A backup
 * file holds every year, each as its own checksummed package, so one damaged year is refused
 * by name while the file as a whole stays readable.
 */
import {
  checkYearPackage,
  parseYearPackage,
  serializeYearPackage,
  type YearPackage,
} from '../../domain'
import { BACKUP_EXTENSION } from '../backup/backup-naming'
import { YEAR_TABLES, type AssessmentDB } from '../core/database'
import { StoreError } from '../core/errors'
import { newId } from '../core/ids'
import { RAW_SNAPSHOT_FORMAT } from '../core/open-database'
import { refreshMarker } from '../core/marker'
import { packageToYearData, yearDataToPackage } from './package-mapping'
import { restoreYearAsNew, restoreYearReplace } from './restore'
import { readYearScores } from '../entities/score-packs'
import { readYearData, type YearData } from './year-data'
import type { SelfChange, YearRow } from '../core/rows'
import type { Session } from '../core/session'

export const BACKUP_FORMAT = 'kaopingtong-backup'

export interface ExportedPackage {
  text: string
  checksum: string
  /** Suggested file name, e.g. `2026年度考评数据.kpt`. */
  fileName: string
}

/**
 * The year as the domain sees it: what `computeResults`, the documents, exports and backups
 * take. Its scores come from the score packs (score-packs.ts), in the order of the score rows'
 * keys: reading the rows themselves cost a second for a county's 30,000 scores. The packs hold
 * no 自评已更新 marks, so those come from the score rows of the units that could carry one.
 */
export async function loadYearPackage(
  db: AssessmentDB,
  yearId: string,
  exportedAt = new Date().toISOString(),
): Promise<YearPackage> {
  const tables = [...YEAR_TABLES.map((n) => db.table(n)), db.scorePacks, db.history, db.meta]
  const { data, scores, marks } = await db.transaction('r', tables, async () => {
    const data = await readYearData(db, yearId, { scores: false })
    if (!data) throw new StoreError('not-found', '找不到该考评年度。')
    return { data, scores: await readYearScores(db, yearId), marks: await readMarks(db, data) }
  })
  const keyed = scores.map((s) => {
    const k = `${s.unitId}|${s.reviewerId}|${s.itemCode}`
    const mark = marks.get(k)
    return { k, s: mark ? { ...s, selfChanged: mark } : s }
  })
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
  return { ...yearDataToPackage(data, exportedAt), scores: keyed.map((x) => x.s) }
}

/**
 * The standing 自评已更新 marks of a year by `unitId|reviewerId|itemCode`. Only a second or
 * later self-assessment version marks scores (submissions.ts), so only the score rows of units
 * that sent one are read: usually a few, not the year's thousands.
 */
async function readMarks(db: AssessmentDB, data: YearData): Promise<Map<string, SelfChange>> {
  const resubmitted = new Set(data.submissions.filter((s) => s.version > 1).map((s) => s.unitId))
  const out = new Map<string, SelfChange>()
  for (const unitId of resubmitted) {
    const rows = await db.scores.where('[yearId+unitId]').equals([data.year.id, unitId]).toArray()
    for (const r of rows) {
      if (r.selfChanged) out.set(`${r.unitId}|${r.reviewerId}|${r.itemCode}`, r.selfChanged)
    }
  }
  return out
}

function exported(pkg: YearPackage): ExportedPackage {
  const text = serializeYearPackage(pkg)
  const checksum = (JSON.parse(text) as { checksum: { value: string } }).checksum.value
  return { text, checksum, fileName: `${pkg.title}_${pkg.year}年度数据${BACKUP_EXTENSION}` }
}

export async function exportYearPackage(
  db: AssessmentDB,
  yearId: string,
): Promise<ExportedPackage> {
  return exported(await loadYearPackage(db, yearId))
}

/** Every year in one backup file: a list of year package files. */
export async function exportAllYearsText(db: AssessmentDB, now = new Date()): Promise<string> {
  const years = await db.years.toArray()
  const packages = []
  for (const y of years)
    packages.push(JSON.parse(exported(await loadYearPackage(db, y.id, now.toISOString())).text))
  return `${JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, createdAt: now.toISOString(), packages }, null, 1)}\n`
}

export interface PackageSummary {
  year: number
  title: string
  exportedAt: string
  locked: boolean
  checksum: string
  counts: {
    units: number
    /** Units with at least one returned file, and all versions of those files: not the same. */
    submittedUnits: number
    submissionVersions: number
    reviewers: number
    scores: number
    adjustments: number
    ledger: number
    history: number
    /** Review scores whose unit's self score changed since, not yet confirmed (自评已更新). */
    selfChanged: number
    /** 考评细则草稿 (work in progress on a sheet), one per sequence at most. */
    drafts: number
  }
  /**
   * What the domain's consistency check finds in the file (scores over the maximum, records
   * pointing at nothing…), shown before the office restores it; the CLI refuses such a file.
   */
  problems: string[]
}

export type PackagePreview =
  | { ok: true; kind: 'year' | 'backup'; years: PackageSummary[] }
  | { ok: false; code: string; message: string }

/**
 * `checksum` is the file's own, as shown when it was exported: the package as read may differ
 * from the file (an older format version reads as the current one, with empty lists added).
 */
function summarise(pkg: YearPackage, checksum: string): PackageSummary {
  return {
    year: pkg.year,
    title: pkg.title,
    exportedAt: pkg.exportedAt,
    locked: pkg.approval.locked,
    checksum,
    counts: {
      units: pkg.units.length,
      submittedUnits: new Set(pkg.submissions.map((x) => x.unitId)).size,
      submissionVersions: pkg.submissions.length,
      reviewers: pkg.reviewers.length,
      scores: pkg.scores.length,
      adjustments: pkg.adjustments.filter((a) => !a.removed).length,
      ledger: pkg.ledger.filter((l) => !l.removed).length,
      history: pkg.history.length,
      selfChanged: pkg.scores.filter((x) => x.selfChanged).length,
      drafts: pkg.criteriaDrafts.length,
    },
    problems: checkYearPackage(pkg),
  }
}

/** A year package file's checksum value (checked against its content by `parseYearPackage`). */
const fileChecksum = (file: unknown): string =>
  String((file as { checksum?: { value?: unknown } }).checksum?.value ?? '')

/**
 * Reads a year package or a backup file; every year must pass its checksum and schema.
 * `checksums` are the files' own, one per package.
 */
export function readPackages(text: string): {
  kind: 'year' | 'backup'
  packages: YearPackage[]
  checksums: string[]
} {
  let raw: unknown
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    throw new StoreError('package-invalid', '文件不是有效的考评通数据文件：可能已损坏。')
  }
  const container = raw as { format?: unknown; packages?: unknown }
  if (container?.format === RAW_SNAPSHOT_FORMAT) {
    throw new StoreError(
      'package-invalid',
      '这是数据库升级前自动保存的原始数据快照，不能在此直接恢复；如需找回升级前的数据，请联系技术支持。',
    )
  }
  if (container?.format !== BACKUP_FORMAT) {
    const one = parseYearPackage(text)
    if (!one.ok) throw new StoreError('package-invalid', one.error.message)
    return { kind: 'year', packages: [one.value], checksums: [fileChecksum(raw)] }
  }
  if (!Array.isArray(container.packages) || container.packages.length === 0) {
    throw new StoreError('package-invalid', '备份文件中没有任何年度数据。')
  }
  const packages = container.packages.map((p, i) => {
    const one = parseYearPackage(JSON.stringify(p))
    if (!one.ok) {
      throw new StoreError('package-invalid', `备份文件第 ${i + 1} 个年度：${one.error.message}`)
    }
    return one.value
  })
  return { kind: 'backup', packages, checksums: container.packages.map(fileChecksum) }
}

/** What a file holds, without changing anything: shown before the office confirms a restore. */
export function previewPackage(text: string): PackagePreview {
  try {
    const { kind, packages, checksums } = readPackages(text)
    return { ok: true, kind, years: packages.map((p, i) => summarise(p, checksums[i]!)) }
  } catch (e) {
    if (e instanceof StoreError) return { ok: false, code: e.code, message: e.message }
    throw e
  }
}

function pick(text: string, index: number): YearPackage {
  const { packages } = readPackages(text)
  const pkg = packages[index]
  if (!pkg) throw new StoreError('package-invalid', `文件中没有第 ${index + 1} 个年度。`)
  return pkg
}

/** Adds the file's year (the `index`-th of a backup) beside the existing years. */
export async function restorePackageAsNew(s: Session, text: string, index = 0): Promise<YearRow> {
  return restoreYearAsNew(s, packageToYearData(pick(text, index), newId('year')))
}

export interface PackageReplaceResult {
  year: YearRow
  /** The replaced year as a package file: save it; restoring it undoes the replace. */
  backup: ExportedPackage
}

export async function restorePackageReplace(
  s: Session,
  yearId: string,
  text: string,
  index = 0,
): Promise<PackageReplaceResult> {
  const pkg = pick(text, index)
  const { year, backup } = await restoreYearReplace(s, yearId, packageToYearData(pkg, yearId))
  return { year, backup: exported(yearDataToPackage(backup, new Date().toISOString())) }
}

/** After a reset store: every year of a backup file, added in one transaction. */
export async function restoreAllAsNew(s: Session, text: string): Promise<YearRow[]> {
  const { packages } = readPackages(text)
  const { db } = s
  // Each year's restore runs as a nested transaction of this one: all years land or none.
  const years = await db.transaction('rw', db.tables, async () => {
    const out: YearRow[] = []
    for (const pkg of packages) {
      out.push(await restoreYearAsNew(s, packageToYearData(pkg, newId('year'))))
    }
    return out
  })
  if (s.marker) await refreshMarker(db, s.marker)
  return years
}

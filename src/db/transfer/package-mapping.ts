/**
 * Between the store's rows and the domain's YearPackage (the export/backup format and the input
 * of `computeResults`). The package holds a year's current criteria sheets only, so earlier
 * criteria versions stay in the store that made them; everything else round-trips, the
 * criteria drafts and the review scores' 自评已更新 marks included (format version 2).
 */
import {
  YEAR_PACKAGE_FORMAT,
  YEAR_PACKAGE_VERSION,
  compareLedgerEntries,
  defaultDepartmentCriteria,
  defaultTownshipCriteria,
  type Approval,
  type CriteriaSheet,
  type HistoryEntry,
  type Sequence,
  type YearPackage,
} from '../../domain'
import { criteriaId } from '../core/migrations'
import { chainPackageHistory } from './package-history'
import type { CriteriaRow, HistoryRow, ScoreRow } from '../core/rows'
import { scoreId } from '../core/ids'
import { submissionId } from '../entities/submissions'
import { statusMarksFromHistory } from '../entities/unit-status-history'
import type { YearData } from './year-data'

const strip = <T extends { yearId: string }>({ yearId: _y, ...rest }: T) => rest

function latestSheet(rows: CriteriaRow[], sequence: Sequence): CriteriaSheet {
  const newest = rows
    .filter((r) => r.sequence === sequence)
    .sort((a, b) => b.version - a.version)[0]
  if (newest) return newest.sheet
  return sequence === 'township' ? defaultTownshipCriteria() : defaultDepartmentCriteria()
}

function approvalOf(data: YearData): Approval {
  const events = data.approvals.map(({ action, at, by, reason }) => ({ action, at, by, reason }))
  const lastApprove = [...events].reverse().find((e) => e.action === 'approve')
  return {
    locked: data.year.locked,
    approvedBy: data.year.locked ? (lastApprove?.by ?? null) : null,
    approvedAt: data.year.locked ? (lastApprove?.at ?? null) : null,
    events,
  }
}

export function yearDataToPackage(data: YearData, exportedAt: string): YearPackage {
  return {
    format: YEAR_PACKAGE_FORMAT,
    formatVersion: YEAR_PACKAGE_VERSION,
    year: data.year.year,
    title: data.year.title,
    exportedAt,
    settings: data.year.settings,
    units: data.units.map(({ yearId: _y, templateIssuedAt: _t, importProblem: _p, ...u }) => u),
    criteria: {
      township: latestSheet(data.criteria, 'township'),
      department: latestSheet(data.criteria, 'department'),
    },
    submissions: data.submissions.map(({ id: _id, yearId: _y, ...s }) => s),
    reviewers: data.reviewers.map(strip),
    scores: data.scores.map(({ unitId, reviewerId, itemCode, score, reason, selfChanged }) => ({
      unitId,
      reviewerId,
      itemCode,
      score,
      reason,
      // Only a standing mark is written: a cleared one (null) and none read back the same.
      ...(selfChanged ? { selfChanged } : {}),
    })),
    adjustments: data.adjustments.map(strip),
    // In the order listed and printed (警示函): an import's entries by their row in the file.
    ledger: data.ledger.map(strip).sort(compareLedgerEntries),
    approval: approvalOf(data),
    history: chainPackageHistory(data.history),
    pastOutcomes: data.year.pastOutcomes,
    targetJudgements: data.year.targetJudgements ?? [],
    criteriaDrafts: data.drafts,
  }
}

/** Rows for a package's year; ids are the package's (a restore remaps them). */
export function packageToYearData(pkg: YearPackage, yearId: string): YearData {
  const sheets = [pkg.criteria.township, pkg.criteria.department]
  const lastEvent = pkg.approval.events.at(-1)
  const marks = statusMarksFromHistory(pkg.history)
  return {
    year: {
      id: yearId,
      year: pkg.year,
      title: pkg.title,
      settings: pkg.settings,
      locked: pkg.approval.locked,
      createdAt: pkg.exportedAt,
      createdBy: lastEvent?.by ?? pkg.history.at(-1)?.who ?? '',
      origin: 'restore',
      pastOutcomes: pkg.pastOutcomes,
      targetJudgements: pkg.targetJudgements,
    },
    units: pkg.units.map((u) => ({ ...u, yearId, ...marks.get(u.id) })),
    criteria: sheets.map((sheet): CriteriaRow => ({
      id: criteriaId(yearId, sheet.sequence, sheet.version),
      yearId,
      sequence: sheet.sequence,
      version: sheet.version,
      sheet,
      savedAt: pkg.exportedAt,
      savedBy: '',
      flagged: sheet.version > 1,
      note: '',
    })),
    submissions: pkg.submissions.map((s) => ({
      ...s,
      id: submissionId(yearId, s.unitId, s.version),
      yearId,
    })),
    reviewers: pkg.reviewers.map((r) => ({ ...r, yearId })),
    scores: pkg.scores.map((s): ScoreRow => ({
      ...s,
      id: scoreId(yearId, s.unitId, s.reviewerId, s.itemCode),
      yearId,
      updatedAt: pkg.exportedAt,
      updatedBy: '',
    })),
    adjustments: pkg.adjustments.map((a) => ({ ...a, yearId })),
    ledger: pkg.ledger.map((l) => ({ ...l, yearId })),
    approvals: pkg.approval.events.map((e) => ({ ...e, yearId })),
    drafts: pkg.criteriaDrafts,
    // Entries about the year itself name it by the exporting store's id: point them here.
    history: pkg.history.map((h: HistoryEntry): HistoryRow => ({
      ...h,
      yearId,
      entityId: h.yearId !== null && h.entityId === h.yearId ? yearId : h.entityId,
    })),
  }
}

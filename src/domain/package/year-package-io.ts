import type { Result } from '../../shared/result'
import { describeIssues } from '../issues'
import {
  YEAR_PACKAGE_FORMAT,
  YEAR_PACKAGE_VERSION,
  YearPackageSchema,
  type YearPackage,
  type YearPackageFile,
} from '../model/year-package'
import { canonicalJson } from './canonical-json'
import { sha256Hex } from './sha256'
import { verifyHistory } from './history-chain'
import { nestsDeeperThan } from './json-depth'

/** The checksum of a package: SHA-256 over its canonical JSON, the checksum itself left out. */
export function yearPackageChecksum(pkg: Record<string, unknown>): string {
  const { checksum: _omit, ...rest } = pkg
  return sha256Hex(canonicalJson(rest))
}

/**
 * The file text: the package (normalised by its schema, so reading it back gives the same
 * value and the same checksum) with its checksum, indented for people who open it.
 */
export function serializeYearPackage(pkg: YearPackage): string {
  const clean = YearPackageSchema.parse(pkg)
  const file: YearPackageFile = {
    ...clean,
    checksum: { algorithm: 'SHA-256', value: yearPackageChecksum(clean) },
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

const MAX_LINES = 20
/** Far beyond a real package (about ten levels), far below what recursion can take. */
const MAX_DEPTH = 64

/**
 * Reads a package file, refusing it whole on the first kind of problem found: not JSON, not a
 * year package, a newer format, a checksum that does not match (damaged or edited by hand), a
 * schema violation, or a broken history chain. Messages are in Chinese and say where.
 */
export function parseYearPackage(text: string): Result<YearPackage> {
  let raw: unknown
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return refuse('not-json', '文件不是有效的 JSON：可能已损坏或不是考评通年度数据包。')
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return refuse('not-package', '文件不是考评通年度数据包。')
  }
  if (nestsDeeperThan(raw, MAX_DEPTH)) {
    return refuse(
      'too-deep',
      `文件的嵌套层数超过 ${MAX_DEPTH} 层，不是考评通导出的年度数据包（可能被改动或伪造），已整体拒绝。`,
    )
  }
  const obj = raw as Record<string, unknown>
  if (obj.format !== YEAR_PACKAGE_FORMAT)
    return refuse('not-package', '文件不是考评通年度数据包（格式标识不符）。')
  if (typeof obj.formatVersion === 'number' && obj.formatVersion > YEAR_PACKAGE_VERSION) {
    return refuse(
      'newer-format',
      `数据包为第 ${obj.formatVersion} 版格式，由更新版本的考评通导出；本程序只能读取第 ${YEAR_PACKAGE_VERSION} 版，请先升级考评通。`,
    )
  }
  const checksum = obj.checksum as { algorithm?: unknown; value?: unknown } | undefined
  if (!checksum || checksum.algorithm !== 'SHA-256' || typeof checksum.value !== 'string') {
    return refuse('no-checksum', '数据包缺少 SHA-256 校验值，无法确认其完整，已拒绝导入。')
  }
  if (yearPackageChecksum(obj) !== checksum.value) {
    return refuse(
      'checksum-mismatch',
      '数据包校验值不符：文件在导出后被改动或已损坏，已整体拒绝，未导入任何内容。',
    )
  }
  const { checksum: _omit, ...body } = obj
  const parsed = YearPackageSchema.safeParse(body)
  if (!parsed.success) {
    const lines = describeIssues(parsed.error)
    const shown = lines.slice(0, MAX_LINES)
    if (lines.length > MAX_LINES) shown.push(`……另有 ${lines.length - MAX_LINES} 处问题`)
    return refuse('schema', `数据包内容不符合格式要求，已整体拒绝：\n${shown.join('\n')}`)
  }
  const chain = verifyHistory(parsed.data.history)
  if (!chain.intact)
    return refuse('history-broken', `数据包的操作历史不完整，已整体拒绝：${chain.message}`)
  return { ok: true, value: parsed.data }
}

function refuse(code: string, message: string): Result<never> {
  return { ok: false, error: { code, message } }
}

import {
  LEADER_ROLE_LABELS,
  LEADER_ROLES,
  UNIT_KINDS,
  UnitEntrySchema,
  describeIssues,
  type Leader,
  type LeaderRole,
  type Sequence,
  type UnitKind,
} from '../../../domain'

/**
 * The office's view of a unit beyond its name and sequence: kind, leaders and contact, as the
 * domain's unit record defines them (stored in the unit row's `data`). Read leniently — older or
 * imported rows may lack fields — and checked by the domain schema before a save.
 */
export { LEADER_ROLE_LABELS, LEADER_ROLES, UNIT_KINDS }
export type { Leader, LeaderRole, UnitKind }

export interface UnitProfile {
  kind: UnitKind
  leaders: Leader[]
  contact: { name: string; phone: string }
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '')

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

export function defaultKind(sequence: string): UnitKind {
  return sequence === 'department' ? '部门' : '乡镇'
}

/** The profile part of a stored unit (the store keeps the domain's unit record as it is). */
export function profileOf(u: UnitProfile): UnitProfile {
  return { kind: u.kind, leaders: u.leaders, contact: u.contact }
}

/** Reads a profile from loosely typed data (an import, an old row), filling what is missing. */
export function readProfile(data: Record<string, unknown>, sequence: string): UnitProfile {
  const kind = UNIT_KINDS.find((k) => k === data.kind) ?? defaultKind(sequence)
  const leaders = (Array.isArray(data.leaders) ? data.leaders : []).filter(isRecord).map((l) => ({
    role: LEADER_ROLES.find((r) => r === l.role) ?? 'deputy',
    name: str(l.name),
    title: str(l.title),
  }))
  const c = isRecord(data.contact) ? data.contact : {}
  return { kind, leaders, contact: { name: str(c.name), phone: str(c.phone) } }
}

export function cleanProfile(p: UnitProfile): UnitProfile {
  return {
    kind: p.kind,
    leaders: p.leaders.map((l) => ({ role: l.role, name: l.name.trim(), title: l.title.trim() })),
    contact: { name: p.contact.name.trim(), phone: p.contact.phone.trim() },
  }
}

/**
 * Where a problem shows in the unit form: under its own field (`name`, `kind`, `leaders.0.name`,
 * `contact.phone`), or `form` for what belongs to no single field.
 */
export type UnitField = string

/**
 * The problems with a unit before it is saved, in the domain's words, keyed by the field they
 * belong to (the first problem of each field); empty when the unit can be saved.
 */
export function unitFieldErrors(
  name: string,
  sequence: Sequence,
  p: UnitProfile,
): Record<UnitField, string> {
  const r = UnitEntrySchema.safeParse({
    id: 'draft',
    name: name.trim(),
    sequence,
    ...cleanProfile(p),
  })
  const errors: Record<UnitField, string> = {}
  if (r.success) return errors
  const described = describeIssues(r.error)
  r.error.issues.forEach((issue, i) => {
    const path = issue.path.join('.')
    if (FIELD_PATH.test(path)) errors[path] ??= issue.message
    // A problem of no single field keeps its place in the words (`负责人 第1项 · …`).
    else errors.form = [errors.form, described[i]].filter(Boolean).join('；')
  })
  return errors
}

/** The paths the form has a field for; each shows its own problem under it. */
const FIELD_PATH = /^(name|kind|contact\.name|contact\.phone|leaders\.\d+\.(role|name|title))$/

export function principalLeaders(p: UnitProfile): string {
  return p.leaders
    .filter((l) => l.role !== 'deputy')
    .map((l) => `${l.name}${l.title ? `（${l.title}）` : ''}`)
    .join('、')
}

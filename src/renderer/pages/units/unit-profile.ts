/**
 * The office's view of a unit beyond its name and sequence: kind, leaders and contact. Stored
 * in the unit row's `data`; read leniently (older or imported rows may lack fields) and written
 * whole.
 */
export const UNIT_KINDS = ['乡镇', '街道', '园区', '部门'] as const
export type UnitKind = (typeof UNIT_KINDS)[number]

export const LEADER_ROLES = ['党委（党组）书记', '政府主要负责人', '分管负责人'] as const
export type LeaderRole = (typeof LEADER_ROLES)[number]

export interface Leader {
  role: LeaderRole
  name: string
  /** e.g. 镇长, 局长, 副镇长 */
  title: string
}

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

export function readProfile(data: Record<string, unknown>, sequence: string): UnitProfile {
  const kind = UNIT_KINDS.find((k) => k === data.kind) ?? defaultKind(sequence)
  const leaders = (Array.isArray(data.leaders) ? data.leaders : []).filter(isRecord).map((l) => ({
    role: LEADER_ROLES.find((r) => r === l.role) ?? '分管负责人',
    name: str(l.name),
    title: str(l.title),
  }))
  const c = isRecord(data.contact) ? data.contact : {}
  return { kind, leaders, contact: { name: str(c.name), phone: str(c.phone) } }
}

/** Problems with a profile before it is saved, in the office's words; empty when fine. */
export function profileProblems(p: UnitProfile): string[] {
  const problems: string[] = []
  p.leaders.forEach((l, i) => {
    if (l.name.trim() === '') problems.push(`第 ${i + 1} 位负责人未填姓名`)
  })
  const phone = p.contact.phone.trim()
  if (phone !== '' && !/^[0-9+\-()（） ]{5,20}$/.test(phone)) {
    problems.push(`联系电话“${phone}”格式不对，只能包含数字、空格、横线和括号`)
  }
  return problems
}

export function cleanProfile(p: UnitProfile): UnitProfile {
  return {
    kind: p.kind,
    leaders: p.leaders.map((l) => ({ role: l.role, name: l.name.trim(), title: l.title.trim() })),
    contact: { name: p.contact.name.trim(), phone: p.contact.phone.trim() },
  }
}

export function principalLeaders(p: UnitProfile): string {
  return p.leaders
    .filter((l) => l.role !== '分管负责人')
    .map((l) => `${l.name}${l.title ? `（${l.title}）` : ''}`)
    .join('、')
}

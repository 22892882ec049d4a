import { z } from 'zod'
import { id, oneOf, requiredText, text, flag } from './fields'

/** 两个序列 (第十六条): townships, sub-districts and parks; county departments. */
export const SEQUENCES = ['township', 'department'] as const
export const SequenceSchema = oneOf('序列', SEQUENCES)
export type Sequence = z.infer<typeof SequenceSchema>
export const SEQUENCE_LABELS: Record<Sequence, string> = {
  township: '乡镇（街道）和园区',
  department: '县级部门',
}

export const UNIT_KINDS = ['乡镇', '街道', '园区', '部门'] as const
export const UnitKindSchema = oneOf('单位类别', UNIT_KINDS)
export type UnitKind = z.infer<typeof UnitKindSchema>

/**
 * Who is interviewed depends on the role: 约谈 (第十八条) and ledger ≥30 reach the 主要负责同志
 * (secretary and chief), ledger ≥20 the 分管负责同志 (deputy).
 */
export const LEADER_ROLES = ['secretary', 'chief', 'deputy'] as const
export const LeaderRoleSchema = oneOf('负责人身份', LEADER_ROLES)
export type LeaderRole = z.infer<typeof LeaderRoleSchema>
export const LEADER_ROLE_LABELS: Record<LeaderRole, string> = {
  secretary: '党委（党组）书记',
  chief: '行政主要负责人',
  deputy: '分管负责人',
}

export const LeaderSchema = z.object({
  role: LeaderRoleSchema,
  name: requiredText('负责人姓名'),
  /** e.g. 镇党委书记, 镇长, 局长, 副镇长 */
  title: requiredText('负责人职务'),
})
export type Leader = z.infer<typeof LeaderSchema>

const PHONE_CHARACTERS = /^\s*[0-9+\-() ]*\s*$/

export const ContactSchema = z.object({
  name: text('联系人'),
  phone: text('联系电话').regex(PHONE_CHARACTERS, {
    error: '联系电话：只能包含数字、空格和 + - ( )',
  }),
})
export type Contact = z.infer<typeof ContactSchema>

/**
 * Why a phone number cannot be dialled from the county office, or null. A landline needs its
 * area code (0 and 2–3 more digits, then 7–8 digits: 0851-12345678) because the notice and the
 * 约谈名单 are read outside the county; a mobile has 11 digits starting with 1. Spaces, dashes,
 * brackets and a leading +86 are only separators. Empty is allowed: the contact may come later.
 * Other characters are ContactSchema's refusal, not said twice here.
 */
export function phoneProblem(phone: string): string | null {
  if (!PHONE_CHARACTERS.test(phone)) return null
  const digits = phone.replace(/^\s*(\+|00)86/, '').replace(/[\s\-()]/g, '')
  if (digits === '') return null
  if (/^1\d{10}$/.test(digits) || /^0\d{9,11}$/.test(digits)) return null
  return `联系电话：“${phone.trim()}”不像完整的号码，请填写带区号的固定电话（如 0851-12345678）或 11 位手机号`
}

export const UnitSchema = z
  .object({
    id: id('单位编号'),
    name: requiredText('单位名称').max(60, { error: '单位名称：不超过 60 字' }),
    sequence: SequenceSchema,
    kind: UnitKindSchema,
    leaders: z.array(LeaderSchema, { error: '负责人：应为列表' }),
    contact: ContactSchema,
    /** Kept in the roster for history but not assessed this year. */
    retired: flag('是否停用').default(false),
  })
  .refine((u) => (u.kind === '部门') === (u.sequence === 'department'), {
    error: '单位类别：部门属于“县级部门”序列，乡镇、街道、园区属于“乡镇（街道）和园区”序列',
    path: ['kind'],
  })
export type Unit = z.infer<typeof UnitSchema>

/**
 * A unit as the office enters it (the form, the roster import): the stored record's rules plus
 * a dialable phone number. Stored records and year packages keep the looser UnitSchema, so a
 * package written before this check still opens, restores and prints.
 */
export const UnitEntrySchema = UnitSchema.superRefine((u, ctx) => {
  const problem = phoneProblem(u.contact.phone)
  if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['contact', 'phone'] })
})

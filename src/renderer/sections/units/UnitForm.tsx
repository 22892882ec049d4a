import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { useState } from 'react'
import {
  LEADER_ROLE_LABELS,
  LEADER_ROLES,
  UNIT_KINDS,
  cleanProfile,
  defaultKind,
  unitFieldErrors,
  type LeaderRole,
  type UnitKind,
  type UnitProfile,
} from './unit-profile'
import { SEQUENCES, type SequenceId } from '../../shared/labels'
import type { AppError } from '../../../shared/result'

export interface UnitDraft {
  name: string
  sequence: SequenceId
  profile: UnitProfile
}

interface Props {
  opened: boolean
  title: string
  initial: UnitDraft
  onClose: () => void
  /** Resolves null when saved; otherwise the store's refusal, which the form shows in place. */
  onSave: (draft: UnitDraft) => Promise<AppError | null>
  /** The unit has returned files or scores: its items belong to its sequence's sheet. */
  sequenceLocked?: boolean
}

/** Adding or editing one unit: name, sequence, kind, leaders and contact. */
export function UnitForm({
  opened,
  title,
  initial,
  onClose,
  onSave,
  sequenceLocked = false,
}: Props) {
  const [draft, setDraft] = useState<UnitDraft>(initial)
  // After the first 保存 the form checks as the office types, so a problem goes away the moment
  // it is put right; before that, an empty new form is not shouted at.
  const [tried, setTried] = useState(false)
  const [refusal, setRefusal] = useState<AppError | null>(null)
  const [saving, setSaving] = useState(false)
  const p = draft.profile
  const errors = tried ? unitFieldErrors(draft.name, draft.sequence, p) : {}
  // A name already in the roster is the name field's problem; the store says it, the field shows it.
  const nameError = errors.name ?? (refusal?.code === 'duplicate' ? refusal.message : undefined)
  const formError = [errors.form, refusal && refusal.code !== 'duplicate' ? refusal.message : '']
    .filter(Boolean)
    .join('；')
  const setProfile = (next: Partial<UnitProfile>) =>
    setDraft((d) => ({ ...d, profile: { ...d.profile, ...next } }))
  const setLeader = (i: number, next: Partial<UnitProfile['leaders'][number]>) =>
    setProfile({ leaders: p.leaders.map((l, j) => (j === i ? { ...l, ...next } : l)) })

  const save = async () => {
    setTried(true)
    setRefusal(null)
    if (Object.keys(unitFieldErrors(draft.name, draft.sequence, p)).length > 0) return
    setSaving(true)
    const refused = await onSave({ ...draft, name: draft.name.trim(), profile: cleanProfile(p) })
    setSaving(false)
    if (refused) setRefusal(refused)
    else onClose()
  }

  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput
            label="单位名称"
            required
            value={draft.name}
            onChange={(e) => {
              setDraft({ ...draft, name: e.currentTarget.value })
              setRefusal(null)
            }}
            error={nameError}
            data-autofocus
          />
          <NativeSelect
            label="类别"
            value={p.kind}
            onChange={(e) => setProfile({ kind: e.currentTarget.value as UnitKind })}
            data={[...UNIT_KINDS]}
            error={errors.kind}
          />
        </Group>
        <div>
          <Text size="sm" fw={500} mb={4}>
            序列
          </Text>
          <SegmentedControl
            disabled={sequenceLocked}
            value={draft.sequence}
            onChange={(v) => {
              const sequence = v as SequenceId
              // Kind follows the sequence (部门 ↔ 县级部门), so the usual case needs no second click.
              setDraft({ ...draft, sequence, profile: { ...p, kind: defaultKind(sequence) } })
            }}
            data={SEQUENCES.map((s) => ({ value: s.id, label: s.label }))}
          />
          {sequenceLocked ? (
            <Text size="xs" c="dimmed" mt={4}>
              该单位已有自查材料或评分，不能改换序列；确需调整时，请撤销该单位，再在另一序列新增。
            </Text>
          ) : null}
        </div>
        <Stack gap={4}>
          <Group justify="space-between">
            <Text size="sm" fw={500}>
              负责人
            </Text>
            <Button
              size="compact-xs"
              variant="light"
              onClick={() =>
                setProfile({
                  leaders: [...p.leaders, { role: LEADER_ROLES[0], name: '', title: '' }],
                })
              }
            >
              添加负责人
            </Button>
          </Group>
          {p.leaders.length === 0 ? (
            <Text size="xs" c="dimmed">
              尚未填写。约谈名单要用到主要负责人和分管负责人的姓名、职务。
            </Text>
          ) : null}
          {p.leaders.map((l, i) => (
            <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
              <NativeSelect
                aria-label={`第 ${i + 1} 位负责人身份`}
                value={l.role}
                onChange={(e) => setLeader(i, { role: e.currentTarget.value as LeaderRole })}
                data={LEADER_ROLES.map((r) => ({ value: r, label: LEADER_ROLE_LABELS[r] }))}
                w={170}
                error={errors[`leaders.${i}.role`]}
              />
              <TextInput
                aria-label={`第 ${i + 1} 位负责人姓名`}
                placeholder="姓名"
                value={l.name}
                onChange={(e) => setLeader(i, { name: e.currentTarget.value })}
                error={errors[`leaders.${i}.name`]}
              />
              <TextInput
                aria-label={`第 ${i + 1} 位负责人职务`}
                placeholder="职务，如 镇长"
                value={l.title}
                onChange={(e) => setLeader(i, { title: e.currentTarget.value })}
                error={errors[`leaders.${i}.title`]}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`删去第 ${i + 1} 位负责人`}
                mt={6}
                onClick={() => setProfile({ leaders: p.leaders.filter((_, j) => j !== i) })}
              >
                ✕
              </ActionIcon>
            </Group>
          ))}
        </Stack>
        <Group grow align="flex-start">
          <TextInput
            label="联系人"
            value={p.contact.name}
            onChange={(e) => setProfile({ contact: { ...p.contact, name: e.currentTarget.value } })}
            error={errors['contact.name']}
          />
          <TextInput
            label="联系电话"
            value={p.contact.phone}
            onChange={(e) =>
              setProfile({ contact: { ...p.contact, phone: e.currentTarget.value } })
            }
            placeholder="如 0851-12345678 或 13800000000"
            error={errors['contact.phone']}
          />
        </Group>
        {formError ? (
          <Alert color="red" title="未能保存，数据没有改动" data-testid="unit-form-error">
            {formError}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button onClick={() => void save()} loading={saving}>
            保存
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

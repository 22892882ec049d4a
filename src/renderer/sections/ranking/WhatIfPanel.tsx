import { Alert, Group, NativeSelect, Switch, Table, Text } from '@mantine/core'
import { useMemo, useState } from 'react'
import {
  BOUNDARY_TIES,
  ROUNDINGS,
  type ScorePack,
  type YearPackage,
  type YearResults,
  type YearSettings,
} from '../../../domain'
import { previewSettings } from './what-if'

const ROUNDING_LABELS: Record<YearSettings['advancedRounding'], string> = {
  floor: '向下取整',
  round: '四舍五入',
  ceil: '向上取整',
}
const TIE_LABELS: Record<YearSettings['boundaryTies'], string> = {
  allIn: '并列者一并计入',
  allOut: '并列者一并不计入',
}

/**
 * 假如改变规则: the committee sees who would change place or outcome before deciding a setting.
 * Only a preview; the year's settings are changed in 年度设置, with its history entry.
 */
export function WhatIfPanel({
  pkg,
  packs,
  base,
}: {
  pkg: YearPackage
  /** The year's scores as packs, when the page has them (see computeResults). */
  packs?: readonly ScorePack[] | undefined
  base: YearResults
}) {
  const s = pkg.settings
  const [rounding, setRounding] = useState(s.advancedRounding)
  const [passOn, setPassOn] = useState(s.advancedPassOn)
  const [ties, setTies] = useState(s.boundaryTies)
  const [vetoedLast, setVetoedLast] = useState(s.vetoedLast)
  const same =
    rounding === s.advancedRounding &&
    passOn === s.advancedPassOn &&
    ties === s.boundaryTies &&
    vetoedLast === s.vetoedLast
  const preview = useMemo(
    () =>
      same
        ? null
        : previewSettings(
            pkg,
            base,
            {
              advancedRounding: rounding,
              advancedPassOn: passOn,
              boundaryTies: ties,
              vetoedLast,
            },
            packs,
          ),
    [pkg, packs, base, rounding, passOn, ties, vetoedLast, same],
  )
  return (
    <div data-testid="what-if">
      <Group gap="md" align="flex-end">
        <NativeSelect
          label="先进名额取整"
          size="xs"
          value={rounding}
          onChange={(e) => setRounding(e.currentTarget.value as typeof rounding)}
          data={ROUNDINGS.map((r) => ({ value: r, label: ROUNDING_LABELS[r] }))}
        />
        <NativeSelect
          label="临界并列"
          size="xs"
          value={ties}
          onChange={(e) => setTies(e.currentTarget.value as typeof ties)}
          data={BOUNDARY_TIES.map((t) => ({ value: t, label: TIE_LABELS[t] }))}
        />
        <Switch
          size="xs"
          label="否决单位名额顺延"
          checked={passOn}
          onChange={(e) => setPassOn(e.currentTarget.checked)}
        />
        <Switch
          size="xs"
          label="否决单位排在最后"
          checked={vetoedLast}
          onChange={(e) => setVetoedLast(e.currentTarget.checked)}
        />
      </Group>
      {!preview ? (
        <Text size="xs" c="dimmed" mt="xs">
          以上为本年度现行规则。改变任一项即可预览结果的变化（仅预览，不改动年度设置）。
        </Text>
      ) : preview.changes.length === 0 ? (
        <Alert color="gray" mt="xs" py={6}>
          按此规则，名次和先进、约谈结果没有变化。
        </Alert>
      ) : (
        <Table mt="xs" fz="xs" withTableBorder data-testid="what-if-changes">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>序列</Table.Th>
              <Table.Th>单位</Table.Th>
              <Table.Th>现行规则</Table.Th>
              <Table.Th>改变后</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.changes.map((c) => (
              <Table.Tr key={c.unitId}>
                <Table.Td>{c.sequenceLabel}</Table.Td>
                <Table.Td>{c.name}</Table.Td>
                <Table.Td>{c.before}</Table.Td>
                <Table.Td fw={600}>{c.after}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </div>
  )
}

import {
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useState } from 'react'
import {
  createYearFromPrevious,
  createYearFromSample,
  createYearFromScratch,
  countUnits,
  type YearRow,
} from '../../../db'
import { proposedAssessmentYear, yearTitle } from '../../../domain'
import { useCurrentYear } from '../../shared/current-year'
import { useStore } from '../../shared/store-context'
import { useAction } from '../../shared/use-action'

type NewYearMethod = 'sample' | 'previous' | 'scratch'

const METHODS: { value: NewYearMethod; label: string; hint: string }[] = [
  {
    value: 'sample',
    label: '从示例年度开始',
    hint: '虚构的云溪县 2026 年度：完整的名册、细则、自查材料和评分，适合试用和培训。',
  },
  {
    value: 'previous',
    label: '复制上一年度',
    hint: '沿用所选年度的设置、在册单位和最新细则；评分和材料不复制。',
  },
  {
    value: 'scratch',
    label: '从零新建',
    hint: '默认设置和两个序列的默认细则（据第九条、第十条），名册为空。',
  },
]

/** Creates a year in one of three ways; the new year becomes the current one. */
export function NewYearForm() {
  const { session } = useStore()
  const { years, select } = useCurrentYear()
  const { run, busy } = useAction()
  const hasYears = (years?.length ?? 0) > 0
  const [method, setMethod] = useState<NewYearMethod>(hasYears ? 'previous' : 'sample')
  const [yearNumber, setYearNumber] = useState<number | string>(() =>
    proposedAssessmentYear(
      new Date(),
      (years ?? []).map((y) => y.year),
    ),
  )
  const [county, setCounty] = useState('')
  const [sourceId, setSourceId] = useState<string>(years?.[0]?.id ?? '')
  const source = years?.find((y) => y.id === sourceId)
  // The title is not typed: it follows the county name of the year's settings.
  const countyName =
    method === 'previous' ? (source?.settings.countyName ?? '') : county.trim() || 'XX县'

  const submit = async () => {
    const year = Number(yearNumber)
    const created = await run(
      async (): Promise<{ row: YearRow; units: number }> => {
        const row =
          method === 'previous'
            ? await createYearFromPrevious(session, sourceId, { year })
            : method === 'sample'
              ? await createYearFromSample(session)
              : await createYearFromScratch(session, { year, countyName: county })
        const units = await countUnits(session.db, row.id)
        return { row, units }
      },
      ({ row, units }) => ({
        title: `已建立${row.title}`,
        message: `名册 ${units} 个单位，两个序列的考评细则各 1 套。`,
      }),
    )
    if (created) select(created.row.id)
  }

  const hint = METHODS.find((m) => m.value === method)?.hint
  return (
    <Paper withBorder p="sm">
      <Title order={3} fz={15} mb="xs">
        新建考评年度
      </Title>
      <Stack gap="sm">
        <SegmentedControl
          value={method}
          onChange={(v) => setMethod(v as NewYearMethod)}
          data={METHODS.map((m) => ({
            value: m.value,
            label: m.label,
            disabled: m.value === 'previous' && !hasYears,
          }))}
        />
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
        {method === 'sample' ? null : (
          <Group grow align="flex-start">
            <NumberInput
              label="考评年度"
              value={yearNumber}
              onChange={setYearNumber}
              min={2000}
              max={2100}
              allowDecimal={false}
            />
            {method === 'scratch' ? (
              <TextInput
                label="县名"
                placeholder="如 青山县"
                value={county}
                onChange={(e) => setCounty(e.currentTarget.value)}
              />
            ) : null}
            {method === 'previous' ? (
              <NativeSelect
                label="复制自"
                value={sourceId}
                onChange={(e) => setSourceId(e.currentTarget.value)}
                data={(years ?? []).map((y) => ({ value: y.id, label: y.title }))}
              />
            ) : null}
          </Group>
        )}
        {method === 'sample' ? null : (
          <Text size="xs" c="dimmed" data-testid="new-year-title">
            将建立“{yearTitle(Number(yearNumber), countyName)}”（名称随年度设置中的县名变化）
          </Text>
        )}
        <Group justify="flex-end">
          <Button onClick={() => void submit()} loading={busy}>
            建立年度
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}

import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useState } from 'react'
import {
  BOUNDARY_TIE_LABELS,
  ROUNDING_LABELS,
  changedSettings,
  quotaInWords,
} from '../../shared/settings-labels'
import { updateYearSettings, type YearRow } from '../../../db'
import {
  AGGREGATION_LABELS,
  AGGREGATIONS,
  BOUNDARY_TIES,
  ROUNDINGS,
  formatPoints,
  parsePoints,
  type YearSettings,
} from '../../../domain'
import { useStore } from '../../shared/store-context'
import { useAction } from '../../shared/use-action'
import { useYearUnits } from './use-year-data'

const options = <K extends string>(keys: readonly K[], labels: Record<K, string>) =>
  keys.map((k) => ({ value: k, label: labels[k] }))

/** The rules of the current year (SPEC §2). Saved whole, checked by the domain's schema. */
export function YearSettingsForm({ year }: { year: YearRow }) {
  const { db, session } = useStore()
  const { run, busy } = useAction()
  const units = useYearUnits(db, year.id)
  const [s, setS] = useState<YearSettings>(year.settings)
  const [threshold, setThreshold] = useState(formatPoints(year.settings.disagreementThreshold))
  const [targetLine, setTargetLine] = useState(formatPoints(year.settings.targetLine))
  const [problems, setProblems] = useState<string[]>([])
  const set = <K extends keyof YearSettings>(k: K, v: YearSettings[K]) => setS({ ...s, [k]: v })
  const readOnly = year.locked

  const save = async () => {
    const t = parsePoints(threshold, '评分分歧提示阈值')
    const l = parsePoints(targetLine, '目标任务完成分数线')
    const found = [t, l].flatMap((r) => (r.ok ? [] : [r.error.message]))
    setProblems(found)
    if (!t.ok || !l.ok) return
    const next = { ...s, disagreementThreshold: t.value, targetLine: l.value }
    const changed = changedSettings(year.settings, next)
    if (changed.length === 0) {
      setProblems(['没有改动'])
      return
    }
    await run(
      () => updateYearSettings(session, year.id, next),
      () => ({ title: `已保存年度设置：改动 ${changed.length} 项`, message: changed.join('、') }),
    )
  }

  return (
    <Paper withBorder p="sm" data-testid="year-settings">
      <Title order={3} fz={15} mb="xs">
        {year.title}的设置
      </Title>
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="sm">
          <SimpleGrid cols={3} spacing="sm">
            <TextInput
              label="县名"
              value={s.countyName}
              onChange={(e) => set('countyName', e.currentTarget.value)}
            />
            <TextInput
              label="县委办公室名称"
              value={s.partyOffice}
              onChange={(e) => set('partyOffice', e.currentTarget.value)}
            />
            <TextInput
              label="县政府办公室名称"
              value={s.governmentOffice}
              onChange={(e) => set('governmentOffice', e.currentTarget.value)}
            />
            <NativeSelect
              label="评分汇总方式"
              value={s.aggregation}
              onChange={(e) =>
                set('aggregation', e.currentTarget.value as YearSettings['aggregation'])
              }
              data={options(AGGREGATIONS, AGGREGATION_LABELS)}
              description="去掉最高最低分须有 5 位及以上评分人"
            />
            <Stack gap={4}>
              <NativeSelect
                label="先进名额取整方式"
                value={s.advancedRounding}
                onChange={(e) =>
                  set('advancedRounding', e.currentTarget.value as YearSettings['advancedRounding'])
                }
                data={options(ROUNDINGS, ROUNDING_LABELS)}
                description="先进单位为每个序列的前三分之一"
              />
              {/* The chosen rounding applied to this year's roster: its effect as figures. */}
              {units ? (
                <Text size="xs" c="blue.8" data-testid="advanced-quota">
                  {quotaInWords(
                    {
                      township: units.filter((u) => u.sequence === 'township').length,
                      department: units.filter((u) => u.sequence === 'department').length,
                    },
                    s.advancedRounding,
                  )}
                </Text>
              ) : null}
            </Stack>
            <NativeSelect
              label="临界并列处理"
              value={s.boundaryTies}
              onChange={(e) =>
                set('boundaryTies', e.currentTarget.value as YearSettings['boundaryTies'])
              }
              data={options(BOUNDARY_TIES, BOUNDARY_TIE_LABELS)}
              description="先进线、约谈线上分数相同的单位"
            />
            <TextInput
              label="评分分歧提示阈值（分）"
              value={threshold}
              onChange={(e) => setThreshold(e.currentTarget.value)}
              description="同一指标评分人之间相差达到此值（含）时提示；0 为不提示"
            />
            <TextInput
              label="目标任务完成分数线（分）"
              value={targetLine}
              onChange={(e) => setTargetLine(e.currentTarget.value)}
              description="低于此分或被否决时建议记为未完成（第二十条），由考评办在复核中记录"
            />
            <TextInput
              label="报回截止日期"
              placeholder="2027-01-15"
              value={s.returnDeadline ?? ''}
              onChange={(e) => set('returnDeadline', e.currentTarget.value.trim() || undefined)}
              description="写入自查表模板的填写说明"
            />
            <TextInput
              label="报回联系人及电话"
              placeholder="县生态环境局 张三 0871-1234567"
              value={s.returnContact ?? ''}
              onChange={(e) => set('returnContact', e.currentTarget.value || undefined)}
              description="写入自查表模板的填写说明"
            />
          </SimpleGrid>
          <SimpleGrid cols={2} spacing={6}>
            <Switch
              label="一票否决单位的先进名额顺延给下一名"
              checked={s.advancedPassOn}
              onChange={(e) => set('advancedPassOn', e.currentTarget.checked)}
            />
            <Switch
              label="一票否决单位排在所有单位之后（因而计入后三名）"
              checked={s.vetoedLast}
              onChange={(e) => set('vetoedLast', e.currentTarget.checked)}
            />
            <Switch
              label="总分相同时按一级指标得分依次比较"
              checked={s.tieBreakByCategories}
              onChange={(e) => set('tieBreakByCategories', e.currentTarget.checked)}
            />
            <Switch
              label="问题台账扣分计入百分制总分"
              checked={s.ledgerDeducted}
              onChange={(e) => set('ledgerDeducted', e.currentTarget.checked)}
            />
          </SimpleGrid>
          {problems.length > 0 ? <Alert color="red">{problems.join('；')}</Alert> : null}
          {readOnly ? null : (
            <Group justify="flex-end">
              <Button onClick={() => void save()} loading={busy}>
                保存设置
              </Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </Paper>
  )
}

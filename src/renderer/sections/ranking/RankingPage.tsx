import { Alert, Button, Group, NumberInput, Stack, Tabs, Text, Title } from '@mantine/core'
import { useMemo, useState } from 'react'
import { writeResultsWorkbook } from '../../../excel'
import {
  computeResults,
  type UnitResult,
  type YearPackage,
  type YearResults,
} from '../../../domain'
import { NoYearNotice } from '../../shared/NoYearNotice'
import { useNotify } from '../../shared/notify'
import { saveWorkbook } from '../../shared/save-workbook'
import { PageHeader } from '../../shared/PageHeader'
import { useCurrentYear } from '../../shared/current-year'
import { useStore } from '../../shared/store-context'
import type { Section } from '../../navigation/sections'
import { ApprovalPanel } from './ApprovalPanel'
import { nearBoundaries } from './boundary'
import { ExplanationModal } from './ExplanationModal'
import { RankingTable } from './RankingTable'
import { TotalsChart } from './TotalsChart'
import { WhatIfPanel } from './WhatIfPanel'
import { useRankingInput } from './use-ranking-data'
import './ranking.css'

// Results of a package already computed (the package object is reused while nothing changed).
const computed = new WeakMap<YearPackage, YearResults>()

/** 排名结果: both sequences recomputed from the recorded scores every time anything changes. */
export function RankingPage({ section }: { section: Section }) {
  const { db } = useStore()
  const { year } = useCurrentYear()
  const yearId = year?.id ?? ''
  const input = useRankingInput(db, yearId)
  const pkg = input?.pkg
  const results = useMemo(() => {
    if (!input) return null
    const known = computed.get(input.pkg)
    if (known) return known
    const started = performance.now()
    const r = computeResults(input.pkg, input.packs)
    performance.measure('kpt-ranking-compute', { start: started })
    computed.set(input.pkg, r)
    return r
  }, [input])
  const [within, setWithin] = useState<number>(1)
  const [explained, setExplained] = useState<UnitResult | null>(null)
  const [saving, setSaving] = useState(false)
  const notify = useNotify()

  // The workbook is written from the package on screen, so its ranks are the ones shown.
  const exportExcel = async () => {
    if (!pkg || !year) return
    setSaving(true)
    await saveWorkbook(notify, {
      fileName: `${year.title}_考评结果.xlsx`,
      write: () => writeResultsWorkbook(pkg),
      failed: '未能导出考评结果',
      done: { title: '已导出考评结果', message: '两个序列的排名、结果说明和逐项得分。' },
    })
    setSaving(false)
  }

  if (!year) return <NoYearNotice section={section} />
  return (
    <Stack gap="sm" data-testid="ranking-page">
      <PageHeader
        title={section.label}
        purpose={section.purpose}
        actions={
          <>
            <Button
              size="xs"
              variant="light"
              onClick={() => void exportExcel()}
              loading={saving}
              disabled={!pkg}
            >
              导出 Excel
            </Button>
            <NumberInput
              size="xs"
              w={170}
              label="临界提示（分）"
              min={0}
              max={100}
              step={0.5}
              decimalScale={2}
              value={within}
              onChange={(v) => setWithin(typeof v === 'number' ? v : 0)}
            />
          </>
        }
      />
      <ApprovalPanel year={year} />
      {!results || !pkg ? (
        <Text size="sm" c="dimmed">
          正在计算……
        </Text>
      ) : (
        <Tabs defaultValue="tables" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="tables">排名表</Tabs.Tab>
            <Tabs.Tab value="charts">总分图</Tabs.Tab>
            <Tabs.Tab value="whatif">规则变化预览</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="tables" pt="sm">
            <Stack gap="md">
              {results.sequences.every((q) => q.units.length === 0) ? (
                <Alert color="blue" data-testid="no-ranking">
                  还没有可以排名的单位：请先在“单位名册”中添加单位，导入自查材料并在“审核评分”中评分，排名会自动算出。
                </Alert>
              ) : null}
              {results.sequences.map((seq) => (
                <div key={seq.sequence} className="kp-sequence">
                  <Group gap="md" mb={4}>
                    <Title order={3} fz={16}>
                      {seq.label}（{seq.units.length} 个单位，先进名额 {seq.advancedCount} 个）
                    </Title>
                    <Text size="xs" c="dimmed">
                      点击单位查看结果说明；黄色为距先进线或约谈线不超过 {within} 分的单位。
                    </Text>
                  </Group>
                  {seq.findings.map((f) => (
                    <Alert key={f} color="yellow" py={4} mb={4}>
                      {f}
                    </Alert>
                  ))}
                  <RankingTable
                    seq={seq}
                    near={nearBoundaries(seq, Math.round(within * 100))}
                    onExplain={setExplained}
                  />
                </div>
              ))}
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="charts" pt="sm">
            <Stack gap="md">
              {results.sequences.map((seq) => (
                <div key={seq.sequence}>
                  <Title order={3} fz={16} mb={4}>
                    {seq.label}
                  </Title>
                  <TotalsChart seq={seq} />
                </div>
              ))}
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="whatif" pt="sm">
            <WhatIfPanel pkg={pkg} packs={input?.packs} base={results} />
          </Tabs.Panel>
        </Tabs>
      )}
      <ExplanationModal unit={explained} onClose={() => setExplained(null)} />
    </Stack>
  )
}

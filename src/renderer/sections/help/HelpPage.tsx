import { Alert, Anchor, CloseButton, Group, Paper, Stack, Text, TextInput } from '@mantine/core'
import { useMemo, useState } from 'react'
import { HELP_TOPICS, searchHelp } from '../../../help'
import { PageHeader } from '../../shared/PageHeader'
import { HelpTopicView } from '../../shared/help/HelpTopicView'
import type { Section } from '../../navigation/sections'
import { GuidesPanel } from '../../shared/GuidesPanel'

/** 使用说明: every section's help on one page, in the order of the cycle, with a search box. */
export function HelpPage({ section }: { section: Section }) {
  const [query, setQuery] = useState('')
  const found = useMemo(() => searchHelp(HELP_TOPICS, query), [query])
  const hits = found.reduce((n, t) => n + t.steps.length + t.articles.length + t.problems.length, 0)
  const searching = query.trim() !== ''
  return (
    <Stack gap="md" data-testid="help-page">
      <PageHeader title={section.label} purpose={section.purpose} />
      <TextInput
        label="搜索使用说明"
        placeholder="输入关键词，如：超过满分、约谈、备份、第十七条"
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        rightSection={
          searching ? <CloseButton aria-label="清除搜索" onClick={() => setQuery('')} /> : null
        }
        data-testid="help-search"
        maw={520}
      />
      {searching ? (
        <Text size="sm" c="dimmed" data-testid="help-hits">
          {found.length === 0 ? '' : `“${query.trim()}”：${found.length} 个步骤中找到 ${hits} 处`}
        </Text>
      ) : (
        <Group gap="xs" wrap="wrap">
          <Text size="sm" c="dimmed">
            目录：
          </Text>
          {HELP_TOPICS.map((t) => (
            <Anchor
              key={t.id}
              size="sm"
              onClick={() =>
                document
                  .querySelector(`[data-testid="help-topic-${t.id}"]`)
                  ?.scrollIntoView({ behavior: 'smooth' })
              }
            >
              {t.title}
            </Anchor>
          ))}
        </Group>
      )}
      {searching && found.length === 0 ? (
        <Alert color="gray" title="没有找到">
          没有含“{query.trim()}”的内容。可以只输入提示中的两三个字再试，例如“满分”“模板”“锁定”。
        </Alert>
      ) : null}
      {found.map((t) => (
        <Paper key={t.id} withBorder p="md">
          <HelpTopicView topic={t} headed />
        </Paper>
      ))}
      <GuidesPanel />
    </Stack>
  )
}

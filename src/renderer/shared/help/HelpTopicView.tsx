import { Badge, List, Paper, Stack, Text, Title } from '@mantine/core'
import type { HelpTopic } from '../../../help'

/**
 * One topic of the help, as the panel and the 使用说明 page show it: what the step is for,
 * what to do in order, the articles it applies, and the common problems with their fixes.
 */
export function HelpTopicView({ topic, headed = false }: { topic: HelpTopic; headed?: boolean }) {
  return (
    <Stack gap="sm" data-testid={`help-topic-${topic.id}`}>
      {headed ? (
        <Title order={3} fz={18}>
          {topic.title}
        </Title>
      ) : null}
      <Text size="sm">{topic.purpose}</Text>
      {topic.steps.length > 0 ? (
        <div>
          <Title order={4} fz={15} mb={4}>
            怎样做
          </Title>
          <List type="ordered" size="sm" spacing={4}>
            {topic.steps.map((s) => (
              <List.Item key={s}>{s}</List.Item>
            ))}
          </List>
        </div>
      ) : null}
      {topic.articles.length > 0 ? (
        <div>
          <Title order={4} fz={15} mb={4}>
            依据
          </Title>
          <Stack gap={4}>
            {topic.articles.map((a) => (
              <Text key={a.ref} size="sm">
                <Badge variant="light" radius="sm" mr={6}>
                  {a.ref}
                </Badge>
                {a.text}
              </Text>
            ))}
          </Stack>
        </div>
      ) : null}
      {topic.problems.length > 0 ? (
        <div>
          <Title order={4} fz={15} mb={4}>
            常见问题
          </Title>
          <Stack gap={6}>
            {topic.problems.map((p) => (
              <Paper key={p.symptom} withBorder p={8} data-testid="help-problem">
                <Text size="sm" fw={600} ff="monospace">
                  {p.symptom}
                </Text>
                <Text size="sm">处理：{p.fix}</Text>
                {p.tellUnit ? (
                  <Text size="sm" c="blue.8">
                    告诉单位：{p.tellUnit}
                  </Text>
                ) : null}
              </Paper>
            ))}
          </Stack>
        </div>
      ) : null}
    </Stack>
  )
}

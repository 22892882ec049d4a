import { Alert, Button, Code, Container, Group, Spoiler, Stack, Text, Title } from '@mantine/core'
import { describeError } from './log-error'

interface Props {
  error: unknown
  source: string
  onBack: () => void
}

/** What the person at the screen sees when something failed: what happened, and two ways out. */
export function ErrorPage({ error, source, onBack }: Props) {
  const { message, stack } = describeError(error)
  return (
    <Container size="sm" py={48} data-testid="error-page" role="alert">
      <Stack gap="md">
        <Title order={2}>程序出错了</Title>
        <Text>
          {'考评通在运行中遇到了意外错误，当前页面已停止工作。'}
          {'已经保存的数据不受影响：每次修改都是整体写入的，不会只写一半。'}
        </Text>
        <Text>
          {'可以先点“返回首页”继续工作；如果问题再次出现，请点“重新加载”。'}
          {'错误已记入本机日志，需要时可交给技术人员查看。'}
        </Text>
        <Group>
          <Button onClick={onBack}>返回首页</Button>
          <Button variant="default" onClick={() => window.location.reload()}>
            重新加载
          </Button>
        </Group>
        <Alert color="gray" title={`错误信息（${source}）`}>
          <Text size="sm" style={{ wordBreak: 'break-all' }}>
            {message}
          </Text>
          {stack ? (
            <Spoiler maxHeight={0} showLabel="显示技术细节" hideLabel="收起技术细节" mt="xs">
              <Code block>{stack}</Code>
            </Spoiler>
          ) : null}
        </Alert>
      </Stack>
    </Container>
  )
}

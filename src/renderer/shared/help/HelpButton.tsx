import { Anchor, Button, Drawer, Kbd, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import { HelpTopicView } from './HelpTopicView'
import type { HelpTopic } from '../../../help'

/**
 * The 帮助 button of a page header, and F1 anywhere on the page: a panel with this step's help,
 * and a way to the 使用说明 page that holds all of it. Only one page header is shown at a time,
 * so one F1 listener is live.
 */
export function HelpButton({ topic }: { topic: HelpTopic }) {
  const [opened, setOpened] = useState(false)

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F1') return
      // Chromium would open its own help page; the office's PCs have no network for it.
      e.preventDefault()
      setOpened(true)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return (
    <>
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={() => setOpened(true)}
        title="本页帮助（F1）"
        data-testid="help-button"
      >
        帮助
      </Button>
      <Drawer
        opened={opened}
        onClose={() => setOpened(false)}
        position="right"
        size="lg"
        title={<Text fw={700}>帮助 · {topic.title}</Text>}
        data-testid="help-panel"
      >
        <HelpTopicView topic={topic} />
        <Text size="sm" mt="md" c="dimmed">
          按 <Kbd>F1</Kbd> 随时打开本页帮助。全部说明见{' '}
          <Anchor href="#/help" onClick={() => setOpened(false)}>
            使用说明
          </Anchor>
          （可搜索）。
        </Text>
      </Drawer>
    </>
  )
}

import { AppShell, Group, NavLink, ScrollArea, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { ASSESSMENT_KIND } from '../../domain'
import { useAppState } from './app-state'
import { HeaderStatus } from './HeaderStatus'
import { SECTIONS } from '../navigation/sections'
import { CycleStrip } from '../shared/help/CycleStrip'

interface Props {
  activeId: string
  onNavigate: (id: string) => void
  /** Shown at the right of the header, before the operator: the open year. */
  status?: ReactNode
  children: ReactNode
}

/** The frame of every page: the app name on top, the annual cycle down the left. */
export function AppLayout({ activeId, onNavigate, status, children }: Props) {
  useAppState('ready')
  return (
    <AppShell header={{ height: 48 }} navbar={{ width: 184, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Text fw={700} fz={18} c="blue.8">
              考评通
            </Text>
            <Text size="sm" c="dimmed">
              县{ASSESSMENT_KIND}
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            {status}
            <HeaderStatus />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p={6}>
        <AppShell.Section>
          <CycleStrip onNavigate={onNavigate} />
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea}>
          <nav aria-label="考评流程">
            {SECTIONS.map((s, i) => (
              <NavLink
                key={s.id}
                href={`#/${s.id}`}
                label={`${i + 1}. ${s.label}`}
                active={s.id === activeId}
                onClick={(e) => {
                  e.preventDefault()
                  onNavigate(s.id)
                }}
                styles={{ root: { borderRadius: 4 } }}
              />
            ))}
          </nav>
        </AppShell.Section>
        <AppShell.Section>
          <Text size="xs" c="dimmed" px={8} py={4}>
            离线运行 · 数据只存本机
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  )
}

import { Group, Loader, Stack, Text } from '@mantine/core'
import { Suspense } from 'react'
import { CrashProbe } from './CrashProbe'
import { PageHeader } from '../shared/PageHeader'
import { DEFAULT_SECTION, findSection, type Section } from '../navigation/sections'

// Only the Playwright build (`vite build --mode e2e`) routes to the crash probe; in every other
// build this constant is false and the bundler drops the branch.
const TEST_HOOKS = import.meta.env.MODE === 'e2e'

export function resolveSection(path: string): Section {
  return findSection(path) ?? findSection(DEFAULT_SECTION)!
}

/**
 * The open section's page. Its code arrives the first time the section opens; a load that fails
 * throws into the page's error boundary (App.tsx), which shows the Chinese error page.
 */
export function RoutePage({ path }: { path: string }) {
  if (TEST_HOOKS && path === '__crash') return <CrashProbe />
  const section = resolveSection(path)
  return (
    <Suspense fallback={<SectionLoading section={section} />}>
      <section.Page section={section} />
    </Suspense>
  )
}

/** While a section's code arrives: its title at once, so the click is answered where it lands. */
function SectionLoading({ section }: { section: Section }) {
  return (
    <Stack gap="md">
      <PageHeader title={section.label} purpose={section.purpose} />
      <Group gap="sm" role="status" aria-live="polite">
        <Loader size="sm" />
        <Text c="dimmed">正在打开{section.label}…</Text>
      </Group>
    </Stack>
  )
}

import { Center, Loader, Text } from '@mantine/core'
import { Suspense } from 'react'
import { CrashProbe } from './CrashProbe'
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
    <Suspense fallback={<SectionLoading label={section.label} />}>
      <section.Page section={section} />
    </Suspense>
  )
}

function SectionLoading({ label }: { label: string }) {
  return (
    <Center h={200} role="status" aria-live="polite">
      <Loader size="sm" mr="sm" />
      <Text c="dimmed">正在打开{label}…</Text>
    </Center>
  )
}

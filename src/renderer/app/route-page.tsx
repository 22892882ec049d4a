import { CrashProbe } from './CrashProbe'
import { PlannedPage } from '../pages/PlannedPage'
import { CriteriaPage } from '../sections/criteria/CriteriaPage'
import { DocumentsPage } from '../sections/documents/DocumentsPage'
import { SubmissionsPage } from '../sections/submissions/SubmissionsPage'
import { ScoringPage } from '../sections/review'
import { ReviewPage } from '../sections/recheck'
import { RankingPage } from '../sections/ranking'
import { DataPage } from '../sections/data/DataPage'
import { UnitsPage } from '../sections/units/UnitsPage'
import { YearPage } from '../sections/year/YearPage'
import { HelpPage } from '../pages/help/HelpPage'
import { DEFAULT_SECTION, findSection, type Section } from '../navigation/sections'

// Only the Playwright build (`vite build --mode e2e`) routes to the crash probe; in every other
// build this constant is false and the bundler drops the branch.
const TEST_HOOKS = import.meta.env.MODE === 'e2e'

export function resolveSection(path: string): Section {
  return findSection(path) ?? findSection(DEFAULT_SECTION)!
}

export function RoutePage({ path }: { path: string }) {
  if (TEST_HOOKS && path === '__crash') return <CrashProbe />
  const section = resolveSection(path)
  switch (section.id) {
    case 'year':
      return <YearPage section={section} />
    case 'units':
      return <UnitsPage section={section} />
    case 'criteria':
      return <CriteriaPage section={section} />
    case 'submissions':
      return <SubmissionsPage section={section} />
    case 'review':
      return <ScoringPage section={section} />
    case 'recheck':
      return <ReviewPage section={section} />
    case 'ranking':
      return <RankingPage section={section} />
    case 'documents':
      return <DocumentsPage title={section.label} purpose={section.purpose} />
    case 'data':
      return <DataPage section={section} />
    case 'help':
      return <HelpPage section={section} />
    default:
      return <PlannedPage section={section} />
  }
}

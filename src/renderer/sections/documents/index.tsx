import type { SectionPageProps } from '../../navigation/sections'
import { DocumentsPage } from './DocumentsPage'

// The section's page, loaded by the registry (navigation/sections.ts) when the section first opens.
export default function DocumentsSection({ section }: SectionPageProps) {
  return <DocumentsPage title={section.label} purpose={section.purpose} />
}

import type { HelpSectionId, HelpTopic } from './help-types'
import { SETUP_TOPICS } from './topics-setup'
import { ASSESS_TOPICS } from './topics-assess'
import { RESULTS_TOPICS } from './topics-results'

/** Every topic, in the order of the annual cycle: the 使用说明 page and PDF read them so. */
export const HELP_TOPICS: readonly HelpTopic[] = [
  ...SETUP_TOPICS,
  ...ASSESS_TOPICS,
  ...RESULTS_TOPICS,
]

export function helpFor(id: string): HelpTopic | undefined {
  return HELP_TOPICS.find((t) => t.id === (id as HelpSectionId))
}

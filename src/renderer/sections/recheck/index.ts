// The section's page, loaded by the registry (navigation/sections.ts) when the section first opens.
export { ReviewPage as default } from './ReviewPage'

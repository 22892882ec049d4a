export { ScoringPage } from './ScoringPage'

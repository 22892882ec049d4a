export { RankingPage } from './RankingPage'

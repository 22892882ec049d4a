/**
 * The public API of the domain core. Import from here only (`src/domain`), never from deep
 * paths: the files behind it may move.
 */
export * from './points'
export * from './issues'
export * from './model/unit'
export * from './model/criteria'
export * from './model/settings'
export * from './model/assessment'
export * from './model/record'
export * from './model/year-package'
export * from './criteria/validate-criteria'
export * from './criteria/default-criteria'
export * from './results/types'
export * from './results/aggregate'
export * from './results/rank'
export * from './results/outcomes'
export * from './results/ledger-actions'
export * from './results/accountability'
export { computeResults } from './results/compute-results'
export * from './package/new-year'

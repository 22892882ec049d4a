import { createContext, useContext } from 'react'
import type { AssessmentDB, PersistState, Session } from '../../db'

/** The open store and who is working on it; present once the operator has chosen a name. */
export interface Store {
  db: AssessmentDB
  session: Session
  persist: PersistState
  /** Back to the "who are you" screen (another person takes over the PC). */
  switchOperator: () => void
  /** Why the store must be restored (it came back emptier than the marker); null normally. */
  recovery?: string | null
  endRecovery?: () => void
}

export const StoreContext = createContext<Store | null>(null)

export function useStore(): Store {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useStore 只能在数据库打开之后使用')
  return store
}

import { useEffect } from 'react'

/**
 * The readiness marker on #root that the end-to-end tests wait on (never on sleeps):
 * `loading` → `operator` (who is working?) → `ready` (the app frame is shown).
 */
export type AppState = 'loading' | 'operator' | 'recovery' | 'ready'

export function useAppState(state: AppState): void {
  useEffect(() => {
    document.getElementById('root')?.setAttribute('data-app-state', state)
  }, [state])
}

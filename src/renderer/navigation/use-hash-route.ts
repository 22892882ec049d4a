import { useCallback, useSyncExternalStore } from 'react'

/**
 * Navigation by the URL hash (`#/units`). The app is served from a fixed custom scheme in
 * Electron and from a static server in the browser; the hash works in both without any
 * server routing, and the back button still works.
 */
function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

function currentPath(): string {
  return window.location.hash.replace(/^#\/?/, '')
}

export function useHashRoute(): [string, (path: string) => void] {
  const path = useSyncExternalStore(subscribe, currentPath)
  const navigate = useCallback((next: string) => {
    window.location.hash = `#/${next}`
  }, [])
  return [path, navigate]
}

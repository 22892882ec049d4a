/**
 * The rules of the notice stack, apart from React so they can be tested: which notices stay when
 * a new one arrives and when the office moves to another page.
 */
export interface Notice {
  id: number
  kind: 'success' | 'error' | 'info'
  title: string
  message?: string
  /** The page (URL hash) the notice was raised on. */
  page: string
}

/** More would climb over the page's content; three is what one action ever needs to say. */
export const MOST_NOTICES = 3

/**
 * The list with `notice` added last. The same words again (a button pressed twice) replace the
 * earlier notice instead of stacking a copy, and only the newest MOST_NOTICES are kept.
 */
export function addNotice(list: readonly Notice[], notice: Notice): Notice[] {
  const others = list.filter(
    (n) => !(n.kind === notice.kind && n.title === notice.title && n.message === notice.message),
  )
  return [...others, notice].slice(-MOST_NOTICES)
}

/**
 * The list after moving to `page`. An error explains something that failed on the page it was
 * raised on; on another page it would read as if it were about that page, so it goes. Success
 * and info notices leave by themselves after a few seconds.
 */
export function noticesOnPage(list: readonly Notice[], page: string): readonly Notice[] {
  const kept = list.filter((n) => n.kind !== 'error' || n.page === page)
  return kept.length === list.length ? list : kept
}

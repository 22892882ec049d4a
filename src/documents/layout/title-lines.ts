/** Characters after which a title reads well broken (关于…的通报). */
const GOOD_AFTER = new Set([...'于的和及与、）》县度'])
/** Words a break should come before. */
const GOOD_BEFORE = ['生态', '考评', '工作', '结果', '情况', '通报', '的']

/**
 * Breaks a long title into balanced lines of at most `max` characters, at meaning boundaries
 * where possible, longest line first or in the middle (a trapezoid or diamond), never a full
 * line plus an orphan.
 */
export function balanceTitle(title: string, max = 20): string[] {
  const chars = [...title]
  if (chars.length <= max) return [title]
  const lines = Math.ceil(chars.length / max)
  const best = search(chars, lines, max)
  return best ?? chunk(chars, Math.ceil(chars.length / lines))
}

function search(chars: string[], lines: number, max: number): string[] | null {
  let best: { cost: number; parts: string[] } | null = null
  const target = chars.length / lines
  const walk = (start: number, parts: string[], cost: number): void => {
    if (parts.length === lines - 1) {
      const last = chars.slice(start)
      if (last.length > max || last.length === 0) return
      const all = [...parts, last.join('')]
      const total = cost + Math.abs(last.length - target) * 2 + shapePenalty(all)
      if (!best || total < best.cost) best = { cost: total, parts: all }
      return
    }
    for (let end = start + 1; end <= Math.min(chars.length - 1, start + max); end++) {
      const part = chars.slice(start, end)
      const rest = chars.slice(end).join('')
      const boundary =
        GOOD_AFTER.has(part[part.length - 1]!) || GOOD_BEFORE.some((w) => rest.startsWith(w))
      walk(
        end,
        [...parts, part.join('')],
        cost + Math.abs(part.length - target) * 2 + (boundary ? 0 : 10),
      )
    }
  }
  walk(0, [], 0)
  return (best as { parts: string[] } | null)?.parts ?? null
}

/** A longer line below a shorter one reads as an inverted trapezoid: discouraged. */
function shapePenalty(parts: string[]): number {
  let p = 0
  const lens = parts.map((s) => [...s].length)
  const widest = Math.max(...lens)
  if (lens[lens.length - 1]! > lens[0]! && lens[lens.length - 1] === widest) p += 2
  return p
}

function chunk(chars: string[], size: number): string[] {
  const out: string[] = []
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''))
  return out
}

/**
 * How deep a parsed JSON value nests, measured without recursion, stopping once past `limit`.
 * The checksum's canonical JSON and zod both recurse: a package nested a few thousand levels
 * deep overflowed the stack ("RangeError: Maximum call stack size exceeded") instead of being
 * refused in Chinese. A real year package nests about ten levels.
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]]
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!
    if (v === null || typeof v !== 'object') continue
    if (depth > limit) return true
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1])
  }
  return false
}

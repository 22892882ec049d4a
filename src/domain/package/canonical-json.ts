/**
 * JSON with object keys sorted and no whitespace, so the same value always hashes the same
 * way whatever order its keys were built in. `undefined` members are dropped, as JSON does.
 * The store (src/db/core/history.ts) uses the same rule, so history hashes agree.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value))
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key]
      if (v !== undefined) out[key] = sortKeys(v)
    }
    return out
  }
  return value
}

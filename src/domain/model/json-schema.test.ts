import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { yearPackageJsonSchema } from './json-schema'

describe('docs/year-package.schema.json', () => {
  it('is the schema generated from the zod model (run npx tsx scripts/gen-json-schema.ts)', () => {
    const committed = JSON.parse(readFileSync('docs/year-package.schema.json', 'utf8')) as unknown
    expect(committed).toEqual(yearPackageJsonSchema())
  })
  it('describes points as integers and requires the checksum', () => {
    const schema = yearPackageJsonSchema() as {
      required: string[]
      properties: Record<string, unknown>
    }
    expect(schema.required).toContain('checksum')
    const scores = schema.properties.scores as { items: { properties: Record<string, unknown> } }
    expect(scores.items.properties.score).toMatchObject({ type: 'integer', minimum: 0 })
  })
})

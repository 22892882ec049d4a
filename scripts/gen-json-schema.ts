/**
 * Writes docs/year-package.schema.json from the domain's zod schema. Run after changing the
 * model: `npx tsx scripts/gen-json-schema.ts` (a test fails while the file is stale).
 */
import { writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { yearPackageJsonSchema } from '../src/domain'

const target = 'docs/year-package.schema.json'
writeFileSync(target, `${JSON.stringify(yearPackageJsonSchema(), null, 2)}\n`, 'utf8')
execFileSync('npx', ['prettier', '--write', target], { stdio: 'ignore' })
console.log(`已生成 ${target}`)

import { z } from 'zod'
import { YearPackageFileSchema } from './year-package'

/**
 * The year package file as JSON Schema (draft 2020-12), generated from the zod schema so the
 * published contract cannot drift from the code (docs/year-package.schema.json, written by
 * scripts/gen-json-schema.ts and compared by a test). Checks the schema language cannot say
 * (criteria sum, checksum, history chain) live in the code and are named in the description.
 */
export function yearPackageJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(YearPackageFileSchema, { io: 'input', unrepresentable: 'any' })
  return {
    ...schema,
    $id: 'https://kaopingtong.local/schema/year-package.schema.json',
    title: '考评通年度数据包',
    description:
      '一个考评年度的全部数据（设置、名册、细则、自查、评分、复核、台账、审定、历史）。分值均为以百分之一分为单位的整数（12.5 分记为 1250）。checksum.value 为除 checksum 外全部内容的规范 JSON（键排序、无空白）的 SHA-256；另由程序检查：各序列满分合计 100 分、操作历史哈希链完整。',
  }
}

/**
 * The printed guides (使用说明, 填表说明) made off the page thread: laying out the 使用说明 with
 * freshly parsed fonts takes seconds, and the page stays responsive meanwhile. One request per
 * worker; the request is checked before any work, and the answer is bytes or a Chinese reason.
 */
import { z } from 'zod'
import {
  FONT_ROLES,
  FontSet,
  generateGuide,
  resolveFonts,
  type FontFile,
  type GuideKind,
  type GuideYear,
} from '../../documents'

export const GuideRequestSchema = z.object({
  kind: z.enum(['manual', 'fill']),
  fonts: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      bytes: z.instanceof(Uint8Array),
      postscriptName: z.string().optional(),
      suits: z.array(z.enum(FONT_ROLES)),
      official: z.boolean(),
    }),
  ),
  year: z.object({
    year: z.number().int(),
    settings: z.object({
      countyName: z.string(),
      returnDeadline: z.string().optional(),
      returnContact: z.string().optional(),
    }),
  }),
  today: z.string(),
})
export interface GuideRequest {
  kind: GuideKind
  fonts: FontFile[]
  year: GuideYear
  today: string
}

export type GuideAnswer =
  { type: 'done'; name: string; bytes: Uint8Array } | { type: 'failed'; message: string }

export async function makeGuide(raw: unknown): Promise<GuideAnswer> {
  const parsed = GuideRequestSchema.safeParse(raw)
  if (!parsed.success) return { type: 'failed', message: '生成说明的请求不完整，未生成文件' }
  const req = parsed.data as GuideRequest
  const fonts = resolveFonts(req.fonts)
  if (!fonts.ok) return { type: 'failed', message: fonts.error.message }
  try {
    const out = await generateGuide(req.kind, new FontSet(fonts.value), req.year, req.today)
    return { type: 'done', ...out }
  } catch (err) {
    return {
      type: 'failed',
      message: `生成说明时出错：${err instanceof Error ? err.message : String(err)}`,
    }
  }
}

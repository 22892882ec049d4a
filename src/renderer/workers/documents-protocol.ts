/**
 * Messages between the page thread and the PDF worker (documents.worker.ts, whose work is
 * documents-worker-body.ts). Laying out a year's documents or a guide takes seconds: it runs
 * off the page thread, which stays responsive and shows the progress.
 *
 * Both directions are checked with zod: the worker accepts only a well-formed request (a
 * broken one is answered in Chinese, never half-done), the page only well-formed answers.
 * This file is loaded on the page thread too: it imports the documents layer's options entry
 * only, never its index (which brings the PDF engine).
 */
import { z } from 'zod'
import { YearPackageSchema, type YearPackage } from '../../domain'
import {
  DocumentSetOptionsSchema,
  FONT_ROLES,
  GUIDE_KINDS,
  type DocumentSetOptions,
  type FontFile,
  type FontRole,
  type GuideKind,
  type GuideYear,
  type OutputFile,
  type RoleReport,
} from '../../documents/options'

const role = z.enum(FONT_ROLES)
const bytes = z.instanceof(Uint8Array)
const text = z.string()

const FontFileSchema = z.object({
  id: text,
  label: text,
  bytes,
  postscriptName: text.optional(),
  suits: z.array(role),
  official: z.boolean(),
})

/** What a guide needs of the open year (none open: the year of today and an empty county). */
const GuideYearSchema = z.object({
  year: z.number().int(),
  settings: z.object({
    countyName: text,
    returnDeadline: text.optional(),
    returnContact: text.optional(),
  }),
})

export const DocumentsRequestSchema = z.discriminatedUnion('type', [
  /** The font files offered (installed, bundled, picked) and the user's choice per role. */
  z.object({
    type: z.literal('fonts'),
    fonts: z.array(FontFileSchema),
    overrides: z.partialRecord(role, text),
  }),
  /** The 通报 alone (preview) or the whole set, with the fonts last sent. */
  z.object({
    type: z.literal('generate'),
    id: z.number().int(),
    kind: z.enum(['notice', 'set']),
    pkg: YearPackageSchema,
    options: DocumentSetOptionsSchema,
  }),
  /** 使用说明.pdf or 填表说明.pdf, with the fonts last sent; `today` is the printing date. */
  z.object({
    type: z.literal('guide'),
    id: z.number().int(),
    kind: z.enum(GUIDE_KINDS),
    year: GuideYearSchema,
    today: z.iso.date(),
  }),
])
export type DocumentsRequest =
  | { type: 'fonts'; fonts: FontFile[]; overrides: Partial<Record<FontRole, string>> }
  | {
      type: 'generate'
      id: number
      kind: 'notice' | 'set'
      pkg: YearPackage
      options: DocumentSetOptions
    }
  | { type: 'guide'; id: number; kind: GuideKind; year: GuideYear; today: string }

const ReportSchema = z.object({
  role,
  roleLabel: text,
  fontId: text,
  fontLabel: text,
  substitute: z.boolean(),
})

export const DocumentsMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('fonts'), report: z.array(ReportSchema) }),
  z.object({ type: z.literal('fonts-failed'), message: text }),
  z.object({
    type: z.literal('progress'),
    id: z.number(),
    done: z.number(),
    total: z.number(),
    file: text,
  }),
  z.object({
    type: z.literal('done'),
    id: z.number(),
    files: z.array(z.object({ name: text, bytes })),
    /** Characters no font could draw (shown to the user with a hint to pick a font). */
    missing: z.array(text),
    /** Answered from the documents made before for the same request, without laying out. */
    cached: z.boolean(),
  }),
  z.object({ type: z.literal('failed'), id: z.number(), message: text }),
])
export type DocumentsMessage =
  | { type: 'fonts'; report: RoleReport[] }
  | { type: 'fonts-failed'; message: string }
  | { type: 'progress'; id: number; done: number; total: number; file: string }
  | { type: 'done'; id: number; files: OutputFile[]; missing: string[]; cached: boolean }
  | { type: 'failed'; id: number; message: string }

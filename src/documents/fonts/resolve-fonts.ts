import * as fontkit from 'fontkit'
import { isWoff, woffToSfnt } from './woff-to-sfnt'
import { FONT_ROLES, FONT_ROLE_LABELS, type FontFile, type FontRole } from './font-roles'

export interface LoadedFont {
  file: FontFile
  /** The pdfmake family name (and virtual file name stem). */
  family: string
  font: fontkit.FontkitFont
}

export interface RoleReport {
  role: FontRole
  roleLabel: string
  fontId: string
  fontLabel: string
  /** True when a freely licensed substitute serves a role the office expects an official font for. */
  substitute: boolean
}

export interface FontChoice {
  /** The user pointed a role at a font file: its id among the candidates. */
  overrides?: Partial<Record<FontRole, string>>
}

export interface ResolvedFonts {
  primary: Record<FontRole, LoadedFont>
  /** Per role: the primary, then every other font, for characters the primary lacks. */
  chains: Record<FontRole, LoadedFont[]>
  fonts: LoadedFont[]
  report: RoleReport[]
}

/**
 * Opens font bytes (a collection when the file is one). fontkit's own `create` by default;
 * in Node the command line passes the copy pdfkit uses (see `openNodeFont`).
 */
export type FontOpener = (
  bytes: Uint8Array,
  postscriptName?: string,
) => fontkit.FontkitFont | fontkit.FontkitCollection

/**
 * Picks the font of each role from the files offered: the user's choice, else an official font
 * that suits the role, else a bundled one suiting it, else the first font at all. Pure: the
 * bytes come in, nothing is read or fetched. Fails with a Chinese message naming the bad file.
 */
export function resolveFonts(
  candidates: readonly FontFile[],
  choice: FontChoice = {},
  open: FontOpener = fontkit.create,
): { ok: true; value: ResolvedFonts } | { ok: false; error: { code: string; message: string } } {
  if (candidates.length === 0)
    return { ok: false, error: { code: 'no-fonts', message: '没有可用的字体文件' } }
  const loaded: LoadedFont[] = []
  for (const [i, offered] of candidates.entries()) {
    const file = unpackWoff(offered)
    const font = file && openFont(file, open)
    if (!font)
      return {
        ok: false,
        error: {
          code: 'bad-font',
          message: `字体文件无法读取：${offered.label}（${offered.id}）`,
        },
      }
    loaded.push({ file, family: familyFor(file.bytes, i), font })
  }
  const primary = {} as Record<FontRole, LoadedFont>
  for (const role of FONT_ROLES) {
    const wanted = choice.overrides?.[role]
    const picked =
      (wanted && loaded.find((f) => f.file.id === wanted)) ||
      loaded.find((f) => f.file.official && f.file.suits.includes(role)) ||
      loaded.find((f) => f.file.suits.includes(role)) ||
      loaded.find((f) => f.file.suits.includes('body')) ||
      loaded[0]!
    primary[role] = picked
  }
  const chains = {} as Record<FontRole, LoadedFont[]>
  for (const role of FONT_ROLES) {
    const first = primary[role]
    // Fall back to the other roles' fonts first (same look family), then to anything else.
    const rest = [...FONT_ROLES.map((r) => primary[r]), ...loaded].filter((f) => f !== first)
    chains[role] = [first, ...new Set(rest)]
  }
  const report = FONT_ROLES.map((role): RoleReport => ({
    role,
    roleLabel: FONT_ROLE_LABELS[role],
    fontId: primary[role].file.id,
    fontLabel: primary[role].file.label,
    substitute: !primary[role].file.official,
  }))
  return { ok: true, value: { primary, chains, fonts: loaded, report } }
}

/** A WOFF file as the plain font inside it, for fontkit and pdfkit alike (see woffToSfnt). */
function unpackWoff(file: FontFile): FontFile | null {
  if (!isWoff(file.bytes)) return file
  try {
    return { ...file, bytes: woffToSfnt(file.bytes) }
  } catch {
    return null
  }
}

function openFont(file: FontFile, open: FontOpener): fontkit.FontkitFont | null {
  try {
    const opened = open(file.bytes, file.postscriptName)
    if ('fonts' in opened) return opened.fonts[0] ?? null
    return opened
  } catch {
    return null
  }
}

// pdfmake keeps fonts in one process-wide virtual file system: a family name per byte array
// keeps two font sets (e.g. the user re-pointing a role) from overwriting each other.
const familyIds = new WeakMap<Uint8Array, string>()
let nextFamily = 0
function familyFor(bytes: Uint8Array, _index: number): string {
  let id = familyIds.get(bytes)
  if (!id) {
    id = `kpt${nextFamily++}`
    familyIds.set(bytes, id)
  }
  return id
}

/**
 * The sheet XML parts of an .xlsx by sheet name, read from the workbook and its relationships.
 * The order of parts in the zip is not the order of the tabs: Excel renumbers nothing when tabs
 * are moved, so a workbook whose tabs were reordered keeps sheet1.xml on its third tab.
 */
type Files = Record<string, { content?: unknown }>

const text = (files: Files, path: string): string | null => {
  const entry = files[path] ?? files[`/${path}`]
  return entry && entry.content instanceof Uint8Array
    ? new TextDecoder().decode(entry.content)
    : null
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]

export function sheetXmlByName(files: Files | undefined): Map<string, string> {
  const out = new Map<string, string>()
  if (!files) return out
  const book = text(files, 'xl/workbook.xml')
  const rels = text(files, 'xl/_rels/workbook.xml.rels')
  if (!book || !rels) return out
  const targets = new Map<string, string>()
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id')
    const target = attr(m[0], 'Target')
    if (id && target) targets.set(id, target)
  }
  for (const m of book.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name')
    const id = attr(m[0], 'r:id')
    const target = id ? targets.get(id) : undefined
    if (!name || !target) continue
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`
    const xml = text(files, path)
    if (xml !== null) out.set(unescape(name), xml)
  }
  return out
}

export interface FormulaCells {
  /** Every cell that holds a formula. */
  all: Set<string>
  /** Formulas written without a result (by scripts and converters): their value is unknown. */
  unsaved: Set<string>
}

const CELL = /<c r="([A-Z]{1,3}[0-9]{1,7})"[^>]{0,200}?(?:\/>|>([\s\S]*?)<\/c>)/g

export function formulaCells(xml: string): FormulaCells {
  const all = new Set<string>()
  const unsaved = new Set<string>()
  if (!xml.includes('<f')) return { all, unsaved }
  for (const m of xml.matchAll(CELL)) {
    const body = m[2]
    if (!body || !/<f[\s>/]/.test(body)) continue
    all.add(m[1]!)
    if (!/<v>[^<]/.test(body) && !/<is>/.test(body)) unsaved.add(m[1]!)
  }
  return { all, unsaved }
}

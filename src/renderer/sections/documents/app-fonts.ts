import { platform } from '@platform'
import { WINDOWS_FONT_FILES, type FontFile, type FontRole } from '../../../documents'

/**
 * The bundled fonts as the Electron build ships them (scripts/copy-fonts.mjs → resources/fonts),
 * served by the app itself under `fonts/`: read from the app's own origin, never the network.
 */
const BUNDLED: { file: string; label: string; suits: FontRole[] }[] = [
  {
    file: 'NotoSerifSC_700Bold.ttf',
    label: 'Noto Serif SC Bold（思源宋体，开源替代字体）',
    suits: ['title'],
  },
  {
    file: 'NotoSerifSC_400Regular.ttf',
    label: 'Noto Serif SC（思源宋体，开源替代字体）',
    suits: ['body', 'song'],
  },
  {
    file: 'LXGWWenKai-500.woff',
    label: '霞鹜文楷（LXGW WenKai，开源替代字体）',
    suits: ['kai'],
  },
  {
    file: 'NotoSansSC_400Regular.ttf',
    label: 'Noto Sans SC（思源黑体，开源替代字体）',
    suits: ['hei'],
  },
]

/** Official fonts installed on this PC, then the bundled ones, then the files the user picked. */
export async function loadAppFonts(
  picked: FontFile[],
): Promise<{ files: FontFile[]; notes: string[] }> {
  const notes: string[] = []
  const files: FontFile[] = [...picked]
  const official = await platform.readSystemFonts(WINDOWS_FONT_FILES.map((f) => f.file))
  if (official.ok)
    for (const f of official.value) {
      const info = WINDOWS_FONT_FILES.find((w) => w.file === f.fileName)
      if (info)
        files.push({
          id: `system:${f.fileName}`,
          label: info.label,
          bytes: f.data,
          suits: info.suits,
          official: info.suits.length > 0,
        })
    }
  for (const b of BUNDLED) {
    try {
      const res = await fetch(new URL(`fonts/${b.file}`, document.baseURI))
      if (!res.ok) throw new Error(String(res.status))
      const bytes = new Uint8Array(await res.arrayBuffer())
      // A static server answers a missing file with the app's own page: not a font.
      if (!isFontFile(bytes)) throw new Error('not a font')
      files.push({
        id: `bundled:${b.file}`,
        label: b.label,
        bytes,
        suits: b.suits,
        official: false,
      })
    } catch {
      notes.push(`内置字体 ${b.file} 未能读取`)
    }
  }
  return { files, notes }
}

/** TrueType, OpenType/CFF, a collection or WOFF, by the file's first four bytes. */
function isFontFile(bytes: Uint8Array): boolean {
  const tag = String.fromCharCode(...bytes.subarray(0, 4))
  return (
    tag === '\0\x01\0\0' || tag === 'OTTO' || tag === 'true' || tag === 'ttcf' || tag === 'wOFF'
  )
}

/**
 * Where the official fonts of a Windows office PC live. Only plain file names validated by the
 * IPC contract are looked up, and only in these folders: the renderer cannot read other files.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { safeJoin } from './files'

export function systemFontFolders(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform === 'win32') {
    const folders = [join(env.WINDIR ?? env.SystemRoot ?? 'C:\\Windows', 'Fonts')]
    if (env.LOCALAPPDATA) folders.push(join(env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts'))
    return folders
  }
  if (platform === 'darwin') return ['/Library/Fonts', '/System/Library/Fonts']
  return ['/usr/share/fonts/truetype', '/usr/local/share/fonts']
}

export async function readSystemFonts(
  fileNames: string[],
  folders: string[],
): Promise<{ fileName: string; data: Uint8Array<ArrayBuffer> }[]> {
  const found: { fileName: string; data: Uint8Array<ArrayBuffer> }[] = []
  for (const fileName of fileNames) {
    for (const folder of folders) {
      try {
        const data = await readFile(safeJoin(folder, fileName))
        found.push({ fileName, data: new Uint8Array(data) })
        break
      } catch {
        // Not installed in this folder.
      }
    }
  }
  return found
}

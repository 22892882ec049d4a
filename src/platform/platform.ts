/**
 * What the UI may ask of the machine it runs on. The renderer never knows which shell it is in:
 * `electron.ts` implements this over the preload bridge (typed IPC, validated in main) and
 * `browser.ts` implements it with browser APIs for `npm run web` and the end-to-end tests.
 * The bundler picks one implementation through the `@platform` alias; nothing is decided at
 * run time.
 *
 * Adding a capability: 1. declare it here; 2. add its channel to src/shared/ipc-contract.ts;
 * 3. handle it in electron/main/ipc-handlers.ts; 4. bridge it in electron/preload/index.ts;
 * 5. implement it in browser.ts.
 */
import type { Result } from '../shared/result'

export interface AppInfo {
  name: string
  version: string
  /** Which shell serves the UI. */
  shell: 'electron' | 'browser'
}

export interface FileFilter {
  name: string
  extensions: string[]
}

export interface SaveFileRequest {
  /** Suggested file name, e.g. `2026年度考评结果.xlsx`. */
  suggestedName: string
  data: Uint8Array
  filters?: FileFilter[]
}

export interface OpenedFile {
  name: string
  data: Uint8Array
}

export interface OpenFilesRequest {
  filters?: FileFilter[]
  multiple?: boolean
}

export interface SaveFilesToFolderRequest {
  /** Shown in the folder dialog, e.g. `选择保存自查表的文件夹`. */
  title: string
  /** Plain file names (no folders); a name that could leave the folder is refused. */
  files: OpenedFile[]
  /**
   * Where no folder can be chosen (the browser), the files leave as this one .zip, e.g.
   * `2026年度自查表模板.zip`.
   */
  zipName: string
}

export interface BackupFile {
  name: string
  size: number
  /** ISO time the file was last written. */
  modifiedAt: string
}

export interface SystemFontFile {
  /** File name as asked for, e.g. `simfang.ttf`. */
  fileName: string
  data: Uint8Array
}

export interface LogEntry {
  level: 'error' | 'warn' | 'info'
  message: string
  stack?: string
  /** Where it happened, e.g. the page or action. */
  context?: string
}

export interface Platform {
  appInfo(): Promise<Result<AppInfo>>
  /** Writes to the local log (the app's data folder in Electron; IndexedDB in the browser). */
  log(entry: LogEntry): Promise<Result<void>>
  /** Asks where to save and writes the bytes there; `saved: false` when the user cancels. */
  saveFile(req: SaveFileRequest): Promise<Result<{ saved: boolean; name?: string }>>
  /** Asks for files to open; an empty list when the user cancels. */
  openFiles(req: OpenFilesRequest): Promise<Result<OpenedFile[]>>
  /**
   * Asks for a folder and writes every file into it (each atomically); `saved: false` on cancel.
   * `folder` says where the files went in words the person can follow (the folder's path, or
   * the .zip in the browser's download folder).
   */
  saveFilesToFolder(
    req: SaveFilesToFolderRequest,
  ): Promise<Result<{ saved: boolean; folder?: string; count: number }>>
  /**
   * The automatic-backup folder (the app's data folder in Electron). Names are plain file names
   * chosen by the app; `backupWrite` is atomic (temp file, then rename).
   */
  backupWrite(name: string, text: string): Promise<Result<void>>
  backupList(): Promise<Result<BackupFile[]>>
  backupRead(name: string): Promise<Result<string>>
  backupRemove(name: string): Promise<Result<void>>
  /**
   * The official fonts installed on this PC (Windows: the system and per-user font folders),
   * by file name; names not installed are simply absent from the answer.
   */
  readSystemFonts(fileNames: string[]): Promise<Result<SystemFontFile[]>>
  /**
   * What to run when the window closes (the close backup). Electron waits for it (a few
   * seconds at most); a browser tab cannot wait, so there it only runs on `pagehide`, best effort.
   */
  setCloseHandler(handler: () => Promise<void>): void
}

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
}

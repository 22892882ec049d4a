/**
 * The one IPC contract between the renderer and the main process. Channel names and payload
 * shapes are defined here once; main validates every request against these schemas (a
 * compromised renderer must not be able to pass anything else), the preload exposes one named
 * function per channel, and the renderer's platform (src/platform/electron.ts) calls them.
 */
import { z } from 'zod'
import { IPC_CHANNELS } from './ipc-channels'
import type { Result } from './result'

/** A plain file name: no folders, no drive letters, no control characters, no reserved names. */
export const plainFileName = z
  .string()
  .min(1, { error: '文件名不能为空' })
  .max(200, { error: '文件名过长' })
  // Control characters are exactly what a hostile name would smuggle in.
  // eslint-disable-next-line no-control-regex
  .refine((n) => !/[\\/:*?"<>|\u0000-\u001f]/.test(n), { error: '文件名含有不允许的字符' })
  .refine((n) => n !== '.' && n !== '..' && !n.endsWith('.') && !n.endsWith(' '), {
    error: '文件名不合法',
  })
  .refine((n) => !/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(n), {
    error: '文件名是 Windows 保留名称',
  })

const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, {
  error: '文件内容必须是字节数组',
})
const filters = z
  .array(
    z.object({
      name: z.string().max(100),
      extensions: z.array(z.string().regex(/^[a-zA-Z0-9*]{1,10}$/)).max(20),
    }),
  )
  .max(10)
  .optional()

/** 200 MB: far above any year package or document set, far below what would hurt the PC. */
const MAX_BYTES = 200 * 1024 * 1024
const sizedBytes = bytes.refine((b) => b.byteLength <= MAX_BYTES, { error: '文件过大' })

export const ipcContract = {
  appInfo: {
    channel: IPC_CHANNELS.appInfo,
    request: z.undefined(),
    response: z.object({
      name: z.string(),
      version: z.string(),
      shell: z.literal('electron'),
    }),
  },
  log: {
    channel: IPC_CHANNELS.log,
    request: z.object({
      level: z.enum(['error', 'warn', 'info']),
      message: z.string().max(20_000),
      stack: z.string().max(50_000).optional(),
      context: z.string().max(500).optional(),
    }),
    response: z.void(),
  },
  saveFile: {
    channel: IPC_CHANNELS.saveFile,
    request: z.object({ suggestedName: plainFileName, data: sizedBytes, filters }),
    response: z.object({ saved: z.boolean(), name: z.string().optional() }),
  },
  openFiles: {
    channel: IPC_CHANNELS.openFiles,
    request: z.object({ filters, multiple: z.boolean().optional() }),
    response: z.array(z.object({ name: z.string(), data: bytes })),
  },
  saveFilesToFolder: {
    channel: IPC_CHANNELS.saveFilesToFolder,
    request: z.object({
      title: z.string().max(200),
      files: z.array(z.object({ name: plainFileName, data: sizedBytes })).max(5000),
    }),
    response: z.object({
      saved: z.boolean(),
      folder: z.string().optional(),
      count: z.number().int(),
    }),
  },
  backupWrite: {
    channel: IPC_CHANNELS.backupWrite,
    request: z.object({ name: plainFileName, text: z.string().max(MAX_BYTES) }),
    response: z.void(),
  },
  backupList: {
    channel: IPC_CHANNELS.backupList,
    request: z.undefined(),
    response: z.array(z.object({ name: z.string(), size: z.number(), modifiedAt: z.string() })),
  },
  backupRead: {
    channel: IPC_CHANNELS.backupRead,
    request: z.object({ name: plainFileName }),
    response: z.string(),
  },
  backupRemove: {
    channel: IPC_CHANNELS.backupRemove,
    request: z.object({ name: plainFileName }),
    response: z.void(),
  },
  closeReady: {
    channel: IPC_CHANNELS.closeReady,
    request: z.undefined(),
    response: z.void(),
  },
  readSystemFonts: {
    channel: IPC_CHANNELS.readSystemFonts,
    request: z.object({
      fileNames: z
        .array(plainFileName.refine((n) => /\.(ttf|ttc|otf)$/i.test(n), { error: '不是字体文件' }))
        .max(20),
    }),
    response: z.array(z.object({ fileName: z.string(), data: bytes })),
  },
} as const satisfies {
  // Every channel of the table (which the preload exposes) has its schemas here, under its own
  // name, and nothing else is here: the two lists cannot drift apart.
  [N in keyof typeof IPC_CHANNELS]: {
    channel: (typeof IPC_CHANNELS)[N]
    request: z.ZodType
    response: z.ZodType
  }
}

export type IpcContract = typeof ipcContract
export type IpcName = keyof IpcContract
export type IpcRequest<N extends IpcName> = z.input<IpcContract[N]['request']>
export type IpcResponse<N extends IpcName> = z.output<IpcContract[N]['response']>

/** The bridge the preload puts on `window.kaopingtong`: one function per channel. */
export type IpcBridge = {
  [N in IpcName]: (req: IpcRequest<N>) => Promise<Result<IpcResponse<N>>>
} & {
  /** Registers what to do when the window is about to close (the close backup). */
  onClosing(handler: () => void): void
}

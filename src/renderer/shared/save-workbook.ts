import { platform } from '@platform'
import { failureNotice, type Notify } from './notify'

/** Nothing a file system would refuse, from titles and people's names. */
export const plainFileName = (name: string): string => name.replace(/[\\/:*?"<>|\s]+/g, '_')

/**
 * An Excel file through the platform's save dialog (a download in the browser), and what the
 * person is told: the reason when it failed, nothing when they cancelled, `done` when saved.
 * `write` runs inside, so a workbook that cannot be written is reported the same way.
 * Resolves to whether the file was saved.
 */
export async function saveWorkbook(
  notify: Notify,
  req: {
    fileName: string
    write: () => Uint8Array | Promise<Uint8Array>
    failed: string
    done: { title: string; message?: string }
  },
): Promise<boolean> {
  try {
    const saved = await platform.saveFile({
      suggestedName: plainFileName(req.fileName),
      data: await req.write(),
      filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
    })
    if (!saved.ok) {
      notify({ kind: 'error', title: req.failed, message: saved.error.message })
      return false
    }
    if (saved.value.saved) notify({ kind: 'success', ...req.done })
    return saved.value.saved
  } catch (e) {
    notify(failureNotice(req.failed, e))
    return false
  }
}

/**
 * The local log: one JSON object per line in the app's data folder, rotated by size so that a
 * PC running for years never fills its disk. Nothing is ever sent anywhere.
 */
import { appendFile, mkdir, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'

const MAX_BYTES = 2 * 1024 * 1024
const KEEP = 5

export interface LogLine {
  level: 'error' | 'warn' | 'info'
  message: string
  stack?: string | undefined
  context?: string | undefined
  source: 'main' | 'renderer'
}

export async function appendLogLine(dir: string, line: LogLine, now = new Date()): Promise<void> {
  await mkdir(dir, { recursive: true })
  const file = join(dir, 'kaopingtong.log')
  try {
    if ((await stat(file)).size > MAX_BYTES) await rotate(dir)
  } catch {
    // No log yet.
  }
  await appendFile(file, `${JSON.stringify({ at: now.toISOString(), ...line })}\n`, 'utf8')
}

async function rotate(dir: string): Promise<void> {
  await rm(join(dir, `kaopingtong.${KEEP}.log`), { force: true })
  for (let i = KEEP - 1; i >= 1; i--) {
    await rename(join(dir, `kaopingtong.${i}.log`), join(dir, `kaopingtong.${i + 1}.log`)).catch(
      () => undefined,
    )
  }
  await rename(join(dir, 'kaopingtong.log'), join(dir, 'kaopingtong.1.log'))
}

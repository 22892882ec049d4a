/**
 * Opening the store safely. Three things can be wrong at open and each has its own answer:
 * a database written by a newer build (refuse: `db-newer`, the renderer shows a recovery
 * screen rather than let old code write into a layout it does not know); a database of an older
 * layout (snapshot it for the caller to back up, then let Dexie upgrade it); a database that
 * cannot be opened at all (`db-open-failed`).
 */
import Dexie from 'dexie'
import { APP_SCHEMA, AssessmentDB, DEFAULT_DB_NAME, type IndexedDbDeps } from './database'
import { StoreError } from './errors'

export const APP_SCHEMA_KEY = 'appSchema'

/** Every table of a database as it stood, in whatever layout it had. */
export const RAW_SNAPSHOT_FORMAT = 'kaopingtong-raw-snapshot'

export interface RawSnapshot {
  format: typeof RAW_SNAPSHOT_FORMAT
  dbName: string
  schemaVersion: number
  takenAt: string
  tables: Record<string, unknown[]>
}

export interface OpenOptions {
  name?: string
  deps?: IndexedDbDeps
  /** Called with the old data before an upgrade runs, so it can be saved as a backup first. */
  beforeUpgrade?: (snapshot: RawSnapshot) => Promise<void>
}

const newerError = (found: number) =>
  new StoreError(
    'db-newer',
    `本机数据由较新版本的考评通写入（数据格式 ${found}，本程序支持到 ${APP_SCHEMA}）。` +
      '为防止损坏数据，本程序不会打开它。请安装新版考评通，或从备份恢复。',
  )

/** The schema version of an existing database without upgrading it; 0 when there is none. */
export async function installedSchemaVersion(
  name: string = DEFAULT_DB_NAME,
  deps?: IndexedDbDeps,
): Promise<number> {
  const probe = new Dexie(name, { ...deps })
  try {
    await probe.open()
    return probe.verno
  } catch (e) {
    if (e instanceof Dexie.NoSuchDatabaseError) return 0
    throw e
  } finally {
    probe.close()
  }
}

export async function takeRawSnapshot(
  name: string = DEFAULT_DB_NAME,
  deps?: IndexedDbDeps,
): Promise<RawSnapshot> {
  const raw = new Dexie(name, { ...deps })
  try {
    await raw.open()
    const tables: Record<string, unknown[]> = {}
    await raw.transaction('r', raw.tables, async () => {
      for (const t of raw.tables) tables[t.name] = await t.toArray()
    })
    return {
      format: RAW_SNAPSHOT_FORMAT,
      dbName: name,
      schemaVersion: raw.verno,
      takenAt: new Date().toISOString(),
      tables,
    }
  } finally {
    raw.close()
  }
}

export async function openDatabase(options: OpenOptions = {}): Promise<AssessmentDB> {
  const name = options.name ?? DEFAULT_DB_NAME
  let installed: number
  try {
    installed = await installedSchemaVersion(name, options.deps)
  } catch (e) {
    throw new StoreError('db-open-failed', '无法打开本机数据库。', { cause: e })
  }
  if (installed > APP_SCHEMA) throw newerError(installed)
  if (installed > 0 && installed < APP_SCHEMA && options.beforeUpgrade) {
    await options.beforeUpgrade(await takeRawSnapshot(name, options.deps))
  }

  const db = new AssessmentDB(name, options.deps)
  try {
    await db.open()
  } catch (e) {
    db.close()
    if (e instanceof Dexie.VersionError) throw newerError(installed)
    throw new StoreError('db-open-failed', '无法打开本机数据库，数据未改变。', { cause: e })
  }
  // The IndexedDB version alone is not enough: a newer build may keep the same layout but
  // change what the rows mean, and says so only through the app schema number.
  const stored = (await db.meta.get(APP_SCHEMA_KEY))?.value
  if (typeof stored === 'number' && stored > APP_SCHEMA) {
    db.close()
    throw newerError(stored)
  }
  if (stored !== APP_SCHEMA) await db.meta.put({ key: APP_SCHEMA_KEY, value: APP_SCHEMA })
  return db
}

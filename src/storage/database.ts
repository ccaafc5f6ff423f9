// Opens the app's database once, checks its data version, and hands it to the repositories.
// A database written by a newer app, or one whose upgrade failed, is opened read-only, so old code
// never writes old shapes and a failed upgrade never hides the person's plans.
import Dexie from 'dexie';
import { isLettingGo, letGo, resetConnection, setDatabaseState } from './connection';
import { DATA_VERSION_KEY, MyPlanDb } from './db';
import { StorageError } from './errors';
import { DATA_VERSION } from './migrations';

/** Why the data can be read but not changed. */
export type ReadOnlyReason = 'newer-data' | 'upgrade-failed';

/** What the app knows about the database it opened. */
export interface DatabaseStatus {
  /** True when writes are refused: see `readOnlyReason`. */
  isReadOnly: boolean;
  /** 'newer-data': written by a newer My Plan. 'upgrade-failed': this one could not upgrade it. */
  readOnlyReason?: ReadOnlyReason;
  dataVersion: number;
}

let current: MyPlanDb | undefined;
let status: DatabaseStatus = { isReadOnly: false, dataVersion: DATA_VERSION };
const watched = new WeakSet<MyPlanDb>();

/**
 * After another window took the data, reads wait here (the page keeps what it shows, nothing
 * fails half-way) until the person reloads. Its IndexedDB never answers, so it never opens.
 */
function parked(database: MyPlanDb): MyPlanDb {
  const neverOpens = { open: () => ({}), deleteDatabase: () => ({}) };
  return new MyPlanDb(database.name, database.migrations, {
    indexedDB: neverOpens as unknown as IDBFactory,
  });
}

/** Lets another window upgrade or delete the data: finish writes, close, then tell the app. */
function watch(database: MyPlanDb): void {
  if (watched.has(database)) return;
  watched.add(database);
  database.on('versionchange', () => {
    if (database !== current) return undefined;
    void letGo(() => {
      database.close();
      current = parked(database);
    });
    return false; // instead of Dexie's own close, which would open the data again by itself
  });
  database.on('blocked', () => {
    if (database === current) setDatabaseState('blocked');
  });
}

/** The open database; opens the default one on first use. */
export function db(): MyPlanDb {
  if (!current) {
    current = new MyPlanDb();
    watch(current);
  }
  return current;
}

/** Uses another database (tests give each test its own). */
export function setDatabase(database: MyPlanDb): void {
  current = database;
  watch(database);
  resetConnection();
  status = { isReadOnly: false, dataVersion: DATA_VERSION };
}

/** The schema version the data on the device has now, or undefined when there is none. */
async function installedVersion(name: string): Promise<number | undefined> {
  const probe = new Dexie(name);
  try {
    await probe.open();
    return probe.verno;
  } catch {
    return undefined;
  } finally {
    probe.close();
  }
}

/**
 * When opening failed, e.g. an upgrade threw part way (IndexedDB then kept the old data as it
 * was): the same data opened with only the migrations it already has, to be read, not changed.
 */
async function openOlder(failed: MyPlanDb): Promise<MyPlanDb | undefined> {
  const installed = await installedVersion(failed.name);
  const older = failed.migrations.filter((migration) => migration.version <= (installed ?? 0));
  const latest = failed.migrations.at(-1)?.version ?? DATA_VERSION;
  if (installed === undefined || installed >= latest || older.at(-1)?.version !== installed) {
    return undefined;
  }
  const fallback = new MyPlanDb(failed.name, older);
  await fallback.open();
  return fallback;
}

async function readDataVersion(database: MyPlanDb, fallback: number): Promise<number> {
  const meta = await database.meta.get(DATA_VERSION_KEY);
  return meta?.value ?? fallback;
}

/**
 * Opens the database and reads its data version; call once before the app renders. Rejects
 * only when the data cannot be opened at all, not even read-only.
 */
export async function openDatabase(): Promise<DatabaseStatus> {
  const database = db();
  try {
    await database.open();
  } catch (error) {
    const fallback = await openOlder(database).catch(() => undefined);
    if (!fallback) throw error;
    current = fallback;
    watch(fallback);
    const dataVersion = await readDataVersion(fallback, fallback.verno);
    status = { isReadOnly: true, readOnlyReason: 'upgrade-failed', dataVersion };
    setDatabaseState('open');
    return status;
  }
  const dataVersion = await readDataVersion(database, DATA_VERSION);
  status =
    dataVersion > DATA_VERSION
      ? { isReadOnly: true, readOnlyReason: 'newer-data', dataVersion }
      : { isReadOnly: false, dataVersion };
  setDatabaseState('open');
  return status;
}

/** The status found by the last `openDatabase`. */
export function databaseStatus(): DatabaseStatus {
  return status;
}

/**
 * Throws before any write when the data is read-only, or when another window is taking it over
 * ('closed': this page must reload first).
 */
export function assertWritable(): void {
  if (status.isReadOnly) throw new StorageError('read-only');
  if (isLettingGo()) throw new StorageError('closed');
}

// Opens the app's database once, checks its data version, and hands it to the repositories.
// A database written by a newer app is opened read-only, so old code never writes old shapes.
import { DATA_VERSION_KEY, MyPlanDb } from './db';
import { StorageError } from './errors';
import { DATA_VERSION } from './migrations';

/** What the app knows about the database it opened. */
export interface DatabaseStatus {
  /** True when the data was written by a newer version of My Plan than this one. */
  isReadOnly: boolean;
  dataVersion: number;
}

let current: MyPlanDb | undefined;
let status: DatabaseStatus = { isReadOnly: false, dataVersion: DATA_VERSION };

/** The open database; opens the default one on first use. */
export function db(): MyPlanDb {
  current ??= new MyPlanDb();
  return current;
}

/** Uses another database (tests give each test its own). */
export function setDatabase(database: MyPlanDb): void {
  current = database;
  status = { isReadOnly: false, dataVersion: DATA_VERSION };
}

/** Opens the database and reads its data version; call once before the app renders. */
export async function openDatabase(): Promise<DatabaseStatus> {
  const database = db();
  await database.open();
  const meta = await database.meta.get(DATA_VERSION_KEY);
  const dataVersion = meta?.value ?? DATA_VERSION;
  status = { isReadOnly: dataVersion > DATA_VERSION, dataVersion };
  return status;
}

/** The status found by the last `openDatabase`. */
export function databaseStatus(): DatabaseStatus {
  return status;
}

/** Throws before any write when the data belongs to a newer version of the app. */
export function assertWritable(): void {
  if (status.isReadOnly) throw new StorageError('read-only');
}

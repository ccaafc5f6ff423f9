// The one place that opens the database. Tables, their names and the migrations that shape them.
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type {
  Card,
  HistoryEntry,
  Meeting,
  Person,
  Plan,
  Recording,
  ShareRecord,
  StoredPicture,
  Supporter,
} from '../domain/types';
import { DATA_VERSION, MIGRATIONS, type Migration } from './migrations';

/** DO NOT CHANGE — renaming the database would leave every person's plans behind. */
export const DB_NAME = 'my-plan';

/** The key of the record that holds the data version in the `meta` table. */
export const DATA_VERSION_KEY = 'dataVersion';

export interface MetaRecord {
  key: string;
  value: number;
}

export interface SettingsRecord {
  key: string;
  value: unknown;
}

/** The Dexie database of My Plan, shaped by `migrations`. */
export class MyPlanDb extends Dexie {
  meta!: Table<MetaRecord, string>;
  people!: Table<Person, string>;
  plans!: Table<Plan, string>;
  cards!: Table<Card, string>;
  pictures!: Table<StoredPicture, string>;
  recordings!: Table<Recording, string>;
  supporters!: Table<Supporter, string>;
  meetings!: Table<Meeting, string>;
  history!: Table<HistoryEntry, number>;
  settings!: Table<SettingsRecord, string>;
  shares!: Table<ShareRecord, string>;

  /** The migrations this database was declared with, oldest first. */
  readonly migrations: readonly Migration[];

  constructor(
    name: string = DB_NAME,
    migrations: readonly Migration[] = MIGRATIONS,
    options?: DexieOptions,
  ) {
    super(name, options);
    this.migrations = migrations;
    for (const migration of migrations) {
      const version = this.version(migration.version).stores(migration.stores);
      const { upgrade } = migration;
      version.upgrade(async (tx) => {
        if (upgrade) await upgrade(tx);
        await tx.table('meta').put({ key: DATA_VERSION_KEY, value: migration.version });
      });
    }
    const latest = migrations[migrations.length - 1]?.version ?? DATA_VERSION;
    this.on('populate', (tx) => {
      void tx.table('meta').put({ key: DATA_VERSION_KEY, value: latest });
    });
  }
}

// Every schema migration, oldest first. Append only: to change the schema, add vN.ts here.
import type { Migration } from './migration';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';

export type { Migration } from './migration';

/** All migrations in version order; the last one is the data version this code writes. */
export const MIGRATIONS: readonly Migration[] = [v1, v2, v3];

/** The data version this build of the app reads and writes. */
export const DATA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 1;

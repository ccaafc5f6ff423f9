// Databases made by every earlier schema version (checked-in fixtures, created with raw IndexedDB)
// open with today's code: every record is there, unchanged unless a migration had to reshape it,
// valid against today's schemas, and usable (undo works on the first version's history).
import { describe, expect, it } from 'vitest';
import { recordingSchema } from '../../../src/domain/bundle';
import { LANGUAGES } from '../../../src/domain/languages';
import { storedPictureSchema } from '../../../src/domain/pictureSchema';
import * as schemas from '../../../src/domain/schemas';
import { getCard, openDatabase, redo, undo } from '../../../src/storage';
import { setDatabase } from '../../../src/storage/database';
import { MyPlanDb } from '../../../src/storage/db';
import { DATA_VERSION } from '../../../src/storage/migrations';
import { upgradeHistoryEntry } from '../../../src/storage/migrations/v3';
import {
  createFixtureDatabase,
  revive,
  type DatabaseFixture,
} from '../../fixtures/databases/fixtureDatabase';
import v1 from '../../fixtures/databases/v1.json';
import v2 from '../../fixtures/databases/v2.json';

const FIXTURES = [v1, v2] as DatabaseFixture[];

type Check = (record: unknown) => boolean;
const settingsSchema = schemas.themeSchema;
const VALID: Record<string, Check> = {
  meta: (record) => (record as { value: unknown }).value === DATA_VERSION,
  people: (record) => schemas.personSchema.safeParse(record).success,
  plans: (record) => schemas.planSchema.safeParse(record).success,
  cards: (record) => schemas.cardSchema.safeParse(record).success,
  pictures: (record) => storedPictureSchema.safeParse(record).success,
  recordings: (record) => recordingSchema.safeParse(record).success,
  supporters: (record) => schemas.supporterSchema.safeParse(record).success,
  meetings: (record) => schemas.meetingSchema.safeParse(record).success,
  shares: (record) => schemas.shareRecordSchema.safeParse(record).success,
  history: (record) => schemas.historyEntrySchema.safeParse(record).success,
  settings: (record) => {
    const { value } = record as { value: { theme: unknown; language?: string } };
    const isLanguage = value.language === undefined || LANGUAGES.includes(value.language as never);
    return settingsSchema.safeParse(value.theme).success && isLanguage;
  },
};

/** What each fixture record must be after today's migrations. */
function expected(table: string, record: unknown): unknown {
  const copy = structuredClone(revive(record)) as Record<string, unknown>;
  if (table === 'meta') return { ...copy, value: DATA_VERSION };
  if (table === 'history') upgradeHistoryEntry(copy);
  return copy;
}

async function openFixture(fixture: DatabaseFixture): Promise<MyPlanDb> {
  const name = `fixture-v${fixture.version}-${Math.random().toString(36).slice(2)}`;
  await createFixtureDatabase(name, fixture);
  const database = new MyPlanDb(name);
  setDatabase(database);
  const status = await openDatabase();
  expect(status).toEqual({ isReadOnly: false, dataVersion: DATA_VERSION });
  return database;
}

describe.each(FIXTURES.map((fixture) => [fixture.version, fixture] as const))(
  'a database made by schema version %i',
  (_version, fixture) => {
    it('opens with every record intact and valid against today’s schemas', async () => {
      const database = await openFixture(fixture);
      const tables = database.tables.map((table) => table.name).sort();
      expect(tables).toEqual(Object.keys(VALID).sort());
      for (const table of tables) {
        const stored = await database.table(table).toArray();
        const want = (fixture.tables[table] ?? []).map((record) => expected(table, record));
        expect(stored, table).toEqual(expect.arrayContaining(want));
        expect(stored, table).toHaveLength(want.length);
        for (const record of stored) expect(VALID[table]?.(record), `${table} valid`).toBe(true);
      }
      database.close();
      await database.delete();
    });

    it('undoes and redoes a change kept by the first version', async () => {
      const database = await openFixture(fixture);
      const [entry] = fixture.tables.history as { planId: string; cardId: string }[];
      if (!entry) throw new Error('the fixture needs history');
      expect(await getCard(entry.cardId)).toBeDefined();
      expect((await undo(entry.planId))?.changes).toHaveLength(1);
      expect(await getCard(entry.cardId)).toBeUndefined();
      await redo(entry.planId);
      expect(await getCard(entry.cardId)).toBeDefined();
      database.close();
      await database.delete();
    });
  },
);

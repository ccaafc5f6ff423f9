// Migration v1: a database seeded with one record of every table opens with all records intact,
// and a database written by a newer app opens read-only.
import { describe, expect, it } from 'vitest';
import { DATA_VERSION_KEY, MyPlanDb } from '../../../src/storage/db';
import { openDatabase, setDatabase } from '../../../src/storage/database';
import { MIGRATIONS } from '../../../src/storage/migrations';
import { v1 } from '../../../src/storage/migrations/v1';
import { addPerson, StorageError } from '../../../src/storage';
import { makeCard, makePerson, makePlan } from '../../fixtures/factories';

function seedRecords() {
  const person = makePerson();
  const plan = makePlan({ personId: person.id });
  const card = makeCard({ planId: plan.id, laneId: plan.lanes[0]?.id ?? '' });
  return {
    people: [person],
    plans: [plan],
    cards: [card],
    pictures: [
      {
        id: 'pic-1',
        personId: person.id,
        bytes: new Uint8Array([1, 2, 3]).buffer,
        mime: 'image/jpeg',
        source: 'camera' as const,
        alt: 'me',
        width: 1,
        height: 1,
        createdAt: 1,
      },
    ],
    meetings: [
      {
        id: 'm-1',
        personId: person.id,
        date: 5,
        participantIds: [],
        planIds: [plan.id],
        createdAt: 1,
        updatedAt: 1,
      },
    ],
    history: [
      {
        id: 1,
        planId: plan.id,
        at: 1,
        action: 'card-add' as const,
        changes: [{ table: 'cards' as const, key: card.id, before: null, after: card }],
        undone: 0 as const,
      },
    ],
    settings: [{ key: 'device', value: { theme: 'light' } }],
  };
}

describe('migration v1', () => {
  it('keeps every record of every table when the database is opened again', async () => {
    const name = `migration-v1-${Math.random()}`;
    const old = new MyPlanDb(name, [v1]);
    const records = seedRecords();
    await old.open();
    for (const [table, rows] of Object.entries(records)) await old.table(table).bulkPut(rows);
    old.close();

    const reopened = new MyPlanDb(name, MIGRATIONS);
    await reopened.open();
    for (const [table, rows] of Object.entries(records)) {
      expect(await reopened.table(table).toArray(), table).toEqual(rows);
    }
    const picture = await reopened.pictures.get('pic-1');
    expect(new Uint8Array(picture?.bytes ?? new ArrayBuffer(0))).toEqual(new Uint8Array([1, 2, 3]));
    expect((await reopened.meta.get(DATA_VERSION_KEY))?.value).toBe(MIGRATIONS.at(-1)?.version);
    reopened.close();
    await reopened.delete();
  });

  it('records the data version in the meta table of a new database', async () => {
    const database = new MyPlanDb(`fresh-${Math.random()}`);
    await database.open();
    expect((await database.meta.get(DATA_VERSION_KEY))?.value).toBe(MIGRATIONS.at(-1)?.version);
    await database.delete();
  });

  it('opens read-only and refuses writes when the data comes from a newer app', async () => {
    const database = new MyPlanDb(`newer-${Math.random()}`);
    await database.open();
    await database.meta.put({ key: DATA_VERSION_KEY, value: 99 });
    await database.people.put(makePerson({ id: 'kept' }));
    setDatabase(database);

    const status = await openDatabase();
    expect(status).toEqual({ isReadOnly: true, readOnlyReason: 'newer-data', dataVersion: 99 });
    const attempt = addPerson({ name: 'New', picture: { kind: 'symbol', symbolId: '1f600' } });
    await expect(attempt).rejects.toMatchObject({ problem: 'read-only' });
    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    expect((await database.people.toArray()).map((p) => p.id)).toEqual(['kept']);
    await database.delete();
  });
});

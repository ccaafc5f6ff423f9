// An upgrade that fails part way leaves the old data readable: IndexedDB takes the whole upgrade
// back, and the app opens the data with only the migrations it already has, read-only, with a
// reason the screen can explain. Writes are refused; nothing of the old data is changed.
import { describe, expect, it } from 'vitest';
import { addCard, databaseStatus, getPerson, openDatabase } from '../../../src/storage';
import { db, setDatabase } from '../../../src/storage/database';
import { MyPlanDb } from '../../../src/storage/db';
import { DATA_VERSION, MIGRATIONS, type Migration } from '../../../src/storage/migrations';
import {
  createFixtureDatabase,
  type DatabaseFixture,
} from '../../fixtures/databases/fixtureDatabase';
import { tableHashes } from '../../support/tableHashes';
import v2 from '../../fixtures/databases/v2.json';

const fixture = v2 as DatabaseFixture;

/** A next version whose upgrade rewrites every card, then throws. */
const failing: Migration = {
  version: DATA_VERSION + 1,
  stores: { notes: 'id, cardId' },
  upgrade: async (tx) => {
    await tx
      .table('cards')
      .toCollection()
      .modify((card: { words: string }) => {
        card.words = 'half-upgraded';
      });
    throw new Error('the upgrade broke part way');
  },
};

async function fixtureName(): Promise<string> {
  const name = `failed-upgrade-${Math.random().toString(36).slice(2)}`;
  await createFixtureDatabase(name, fixture);
  return name;
}

describe('an upgrade that fails part way', () => {
  it('opens the old data read-only, every record readable and unchanged', async () => {
    const name = await fixtureName();
    const reference = new MyPlanDb(
      name,
      MIGRATIONS.filter((m) => m.version <= fixture.version),
    );
    setDatabase(reference);
    await reference.open();
    const hashes = await tableHashes();
    reference.close();

    setDatabase(new MyPlanDb(name, [...MIGRATIONS, failing]));
    const status = await openDatabase();

    expect(status).toEqual({
      isReadOnly: true,
      readOnlyReason: 'upgrade-failed',
      dataVersion: fixture.version,
    });
    expect(databaseStatus()).toEqual(status);
    expect(db().verno).toBe(fixture.version);
    expect(await tableHashes()).toEqual(hashes);
    const cards = await db().cards.toArray();
    expect(cards.map((card) => card.words)).not.toContain('half-upgraded');
    const [person] = fixture.tables.people as { id: string; name: string }[];
    expect((await getPerson(person?.id ?? ''))?.name).toBe(person?.name);
    db().close();
    await db().delete();
  });

  it('refuses writes with "read-only" and changes nothing', async () => {
    setDatabase(new MyPlanDb(await fixtureName(), [...MIGRATIONS, failing]));
    await openDatabase();
    const before = await tableHashes();
    const [card] = fixture.tables.cards as { planId: string; laneId: string }[];
    const attempt = addCard({
      planId: card?.planId ?? '',
      laneId: card?.laneId ?? '',
      picture: { kind: 'symbol', symbolId: '1f3e0' },
      words: 'New',
      colour: 'green',
    });
    await expect(attempt).rejects.toMatchObject({ problem: 'read-only' });
    expect(await tableHashes()).toEqual(before);
    db().close();
    await db().delete();
  });

  it('still fails (the start screen explains) when no known version matches the data', async () => {
    const [first] = MIGRATIONS;
    if (!first) throw new Error('no migrations');
    setDatabase(new MyPlanDb(await fixtureName(), [first, failing]));
    await expect(openDatabase()).rejects.toThrow('the upgrade broke part way');
  });
});

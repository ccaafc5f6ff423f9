// Two windows on the same data, one of them newer: the newer one's upgrade is never blocked (this
// page finishes its writes, lets go and says so), later writes fail plainly ('closed'), reads wait
// instead of failing; and a page whose own upgrade waits for an older window says that too.
import { afterEach, describe, expect, it } from 'vitest';
import {
  addPerson,
  databaseState,
  listPeople,
  onDatabaseEvent,
  openDatabase,
  type DatabaseState,
} from '../../src/storage';
import { db, setDatabase } from '../../src/storage/database';
import { MyPlanDb } from '../../src/storage/db';
import { DATA_VERSION } from '../../src/storage/migrations';
import { createFixtureDatabase, nativeVersion } from '../fixtures/databases/fixtureDatabase';
import v2 from '../fixtures/databases/v2.json';
import { tableHashes } from '../support/tableHashes';

const symbol = { kind: 'symbol', symbolId: '1f600' } as const;
const others: IDBDatabase[] = [];

afterEach(() => {
  for (const other of others.splice(0)) other.close();
});

/** Opens `name` from a second connection, as another window would; resolves how it went. */
function openElsewhere(name: string, version: number): Promise<'opened' | 'blocked'> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onblocked = () => resolve('blocked');
    request.onsuccess = () => {
      others.push(request.result);
      resolve('opened');
    };
    request.onerror = () => reject(request.error ?? new Error('not opened'));
  });
}

/** Every state the page moves to from now on. */
function recordStates(): DatabaseState[] {
  const states: DatabaseState[] = [];
  onDatabaseEvent((state) => states.push(state));
  return states;
}

describe('another window upgrades the data', () => {
  it('is not blocked: this page lets go and reports "closed"', async () => {
    await openDatabase();
    await addPerson({ name: 'Sam', picture: symbol });
    const states = recordStates();

    const newer = nativeVersion(DATA_VERSION) + 1;
    expect(await openElsewhere(db().name, newer)).toBe('opened');
    expect(states).toEqual(['closed']);
    expect(databaseState()).toBe('closed');
  });

  it('lets a write in flight finish first, then refuses new writes with "closed"', async () => {
    await openDatabase();
    const name = db().name;
    const inFlight = addPerson({ name: 'In flight', picture: symbol });
    const other = openElsewhere(name, nativeVersion(DATA_VERSION) + 1);

    const stored = await inFlight;
    expect(await other).toBe('opened');
    const later = addPerson({ name: 'Too late', picture: symbol });
    await expect(later).rejects.toMatchObject({ name: 'StorageError', problem: 'closed' });

    others.splice(0).forEach((connection) => connection.close());
    const check = new MyPlanDb(name);
    await check.open();
    expect((await check.people.toArray()).map((person) => person.name)).toEqual([stored.name]);
    check.close();
  });

  it('keeps reads waiting instead of failing until the page reloads', async () => {
    await openDatabase();
    await openElsewhere(db().name, nativeVersion(DATA_VERSION) + 1);
    let outcome = 'waiting';
    listPeople().then(
      () => (outcome = 'read'),
      () => (outcome = 'failed'),
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(outcome).toBe('waiting');
  });
});

describe('an older window holds the data while this page upgrades it', () => {
  it('reports "blocked", then "open" once the older window closes', async () => {
    const name = `blocked-${Math.random().toString(36).slice(2)}`;
    await createFixtureDatabase(name, v2 as Parameters<typeof createFixtureDatabase>[1]);
    // An old window that never lets go by itself.
    expect(await openElsewhere(name, nativeVersion(v2.version))).toBe('opened');
    const [old] = others;
    if (!old) throw new Error('no old window');
    old.onversionchange = () => undefined;

    setDatabase(new MyPlanDb(name));
    const states = recordStates();
    const opening = openDatabase();
    await new Promise<void>((resolve) => onDatabaseEvent(() => resolve()));
    expect(databaseState()).toBe('blocked');

    old.close();
    expect(await opening).toEqual({ isReadOnly: false, dataVersion: DATA_VERSION });
    expect(states).toEqual(['blocked', 'open']);
    expect(Object.keys(await tableHashes())).toContain('shares');
    db().close();
  });
});

// Migration v2: a version-1 database gains the shares table with every old record intact.
import { describe, expect, it } from 'vitest';
import { DATA_VERSION_KEY, MyPlanDb } from '../../../src/storage/db';
import { v1 } from '../../../src/storage/migrations/v1';
import { v2 } from '../../../src/storage/migrations/v2';
import { makePerson } from '../../fixtures/factories';

describe('migration v2', () => {
  it('keeps a version-1 database and adds an empty shares table', async () => {
    const name = `migration-v2-${Math.random()}`;
    const old = new MyPlanDb(name, [v1]);
    const person = makePerson();
    await old.open();
    await old.people.put(person);
    expect((await old.meta.get(DATA_VERSION_KEY))?.value).toBe(1);
    old.close();

    const upgraded = new MyPlanDb(name, [v1, v2]);
    await upgraded.open();
    expect(await upgraded.people.toArray()).toEqual([person]);
    expect(await upgraded.shares.count()).toBe(0);
    expect((await upgraded.meta.get(DATA_VERSION_KEY))?.value).toBe(2);
    await upgraded.shares.put({
      id: 's-1',
      personId: person.id,
      at: 10,
      kind: 'print',
      planIds: [],
      cardIds: [],
      withIds: [],
      agreedAt: 10,
    });
    expect(await upgraded.shares.where('personId').equals(person.id).count()).toBe(1);
    upgraded.close();
    await upgraded.delete();
  });
});

// Removing a person: everything of theirs goes in one transaction, nobody else's record changes
// by a single byte, undo puts every table back exactly, and a full disk changes nothing.
import { describe, expect, it } from 'vitest';
import {
  countPersonData,
  deletePerson,
  getDeviceSettings,
  restorePerson,
  updateDeviceSettings,
} from '../../src/storage';
import { db } from '../../src/storage/database';
import { canonical, hashOf, tableHashes } from '../support/tableHashes';
import { seedTwo } from './personSeed';

type AnyRecord = Record<string, unknown>;

function fullDisk(): never {
  const inner = new DOMException('full', 'QuotaExceededError');
  throw Object.assign(new Error('abort'), { name: 'AbortError', inner });
}

/** Whether a record (of table `name`) is Ana's, given her person id and plan ids. */
function isHers(name: string, record: AnyRecord, personId: string, planIds: string[]): boolean {
  if (name === 'people') return record.id === personId;
  if (name === 'cards' || name === 'history') return planIds.includes(String(record.planId));
  return record.personId === personId;
}

/** Every table but settings, hashed without Ana's records. */
async function hashesWithout(personId: string, planIds: string[]) {
  const hashes: Record<string, string> = {};
  for (const table of db().tables.filter((item) => item.name !== 'settings')) {
    const records = (await table.toArray()) as AnyRecord[];
    hashes[table.name] = await hashOf(
      records.filter((record) => !isHers(table.name, record, personId, planIds)),
    );
  }
  return hashes;
}

describe('removing a person', { timeout: 30_000 }, () => {
  it('counts everything of a person', async () => {
    const { ana } = await seedTwo();
    expect(await countPersonData(ana.person.id)).toEqual({
      plans: 1,
      cards: 4,
      pictures: 3,
      recordings: 1,
      supporters: 1,
      meetings: 1,
      shares: 2,
    });
    expect(await countPersonData('nobody')).toMatchObject({ plans: 0, cards: 0, shares: 0 });
  });

  it('removes all of theirs, changes nothing of anyone else, and undo puts it all back', async () => {
    const { ana, bo } = await seedTwo();
    const before = await tableHashes();
    const othersBefore = await hashesWithout(ana.person.id, [ana.plan.id]);
    const boLock = await db().settings.get(`person:${bo.person.id}:lock`);

    const snapshot = await deletePerson(ana.person.id);

    expect(snapshot.person.name).toBe('Ana');
    const anaIds = [
      ana.person.id,
      ana.plan.id,
      ana.swim.id,
      ana.cook.id,
      ana.helper.id,
      ana.meeting.id,
      ...snapshot.records.pictures.map((picture) => picture.id),
      ...snapshot.records.recordings.map((recording) => recording.id),
    ];
    for (const table of db().tables) {
      const text = canonical(await table.toArray());
      for (const id of anaIds) expect(text, `${table.name} holds ${id}`).not.toContain(id);
    }
    expect(await hashesWithout(ana.person.id, [ana.plan.id])).toEqual(othersBefore);
    expect(await db().settings.get(`person:${bo.person.id}:lock`)).toEqual(boLock);
    const device = (await db().settings.get('device'))?.value as AnyRecord;
    expect(device.lastPersonId).toBeUndefined();
    expect(device.recentPeople).toEqual([bo.person.id]);
    expect(device.backupNotNowAt).toEqual({ [bo.person.id]: 5050 });

    await restorePerson(snapshot);
    expect(await tableHashes()).toEqual(before);
  });

  it('keeps settings changed while the undo waits, and still puts the person back', async () => {
    const { ana } = await seedTwo();
    const snapshot = await deletePerson(ana.person.id);
    await updateDeviceSettings({ theme: 'calm' });
    await restorePerson(snapshot);
    const settings = await getDeviceSettings();
    expect(settings.theme).toBe('calm');
    expect(settings.backupNotNowAt?.[ana.person.id]).toBe(5001);
    expect(await countPersonData(ana.person.id)).toMatchObject({ plans: 1, cards: 4 });
  });

  it('changes nothing when the disk is full while removing', async () => {
    const { ana } = await seedTwo();
    const before = await tableHashes();
    const people = db().people;
    people.hook('deleting', fullDisk);
    try {
      await expect(deletePerson(ana.person.id)).rejects.toMatchObject({ problem: 'full' });
    } finally {
      people.hook('deleting').unsubscribe(fullDisk);
    }
    expect(await tableHashes()).toEqual(before);
  });

  it('changes nothing when the disk is full while putting back, and can try again', async () => {
    const { ana } = await seedTwo();
    const before = await tableHashes();
    const snapshot = await deletePerson(ana.person.id);
    const removed = await tableHashes();
    const shares = db().shares;
    shares.hook('creating', fullDisk);
    try {
      await expect(restorePerson(snapshot)).rejects.toMatchObject({ problem: 'full' });
    } finally {
      shares.hook('creating').unsubscribe(fullDisk);
    }
    expect(await tableHashes()).toEqual(removed);
    await restorePerson(snapshot);
    expect(await tableHashes()).toEqual(before);
  });

  it('refuses a person who is not here, and a second undo, changing nothing', async () => {
    const { ana } = await seedTwo();
    await expect(deletePerson('nobody')).rejects.toMatchObject({ problem: 'not-found' });
    const snapshot = await deletePerson(ana.person.id);
    await restorePerson(snapshot);
    const restored = await tableHashes();
    await expect(restorePerson(snapshot)).rejects.toMatchObject({ name: 'StorageError' });
    expect(await tableHashes()).toEqual(restored);
  });
});

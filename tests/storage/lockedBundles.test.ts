// A picture code never travels in a shared plan file, and a backup never replaces a person whose
// plans are locked (that would get round the lock): the copy comes in beside them.
import { describe, expect, it } from 'vitest';
import {
  collectPersonBundle,
  collectPlanBundle,
  restorePersonBundle,
  setPictureCode,
} from '../../src/storage';
import { db } from '../../src/storage/database';
import { canonical } from '../support/tableHashes';
import { sampleBundle } from '../sharing/files/sampleBundle';

async function seedSam(): Promise<void> {
  const sam = sampleBundle();
  const d = db();
  await d.people.put(sam.person);
  await d.plans.bulkPut(sam.plans);
  await d.cards.bulkPut(sam.cards);
  await d.supporters.bulkPut(sam.supporters);
  await d.meetings.bulkPut(sam.meetings);
  await d.pictures.bulkPut(sam.pictures);
  await d.recordings.bulkPut(sam.recordings);
}

describe('a person with a picture code', () => {
  it('shares plans without the code', async () => {
    await seedSam();
    await setPictureCode('s-person', ['cat', 'dog', 'fish']);
    expect((await db().people.get('s-person'))?.lock).toBeDefined();
    const bundle = await collectPlanBundle('s-person', { planIds: ['s-goals'], cardIds: [] });
    expect(bundle.person).not.toHaveProperty('lock');
    expect(JSON.stringify(bundle)).not.toContain('"lock"');
  });

  it('is not replaced by a backup: the copy comes in as a new person, theirs stays', async () => {
    await seedSam();
    const backup = await collectPersonBundle('s-person');
    await setPictureCode('s-person', ['cat', 'dog', 'fish']);
    const samBefore = canonical(await db().people.get('s-person'));
    const cardsBefore = canonical(await db().cards.where('planId').equals('s-goals').toArray());

    const restoredId = await restorePersonBundle(backup);

    expect(restoredId).not.toBe('s-person');
    expect(canonical(await db().people.get('s-person'))).toBe(samBefore);
    expect(canonical(await db().cards.where('planId').equals('s-goals').toArray())).toBe(
      cardsBefore,
    );
    expect((await db().people.get(restoredId))?.name).toBe(backup.person.name);
    expect(await db().plans.where('personId').equals(restoredId).count()).toBe(backup.plans.length);
  });
});

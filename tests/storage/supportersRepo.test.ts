// Supporters: kept per person, listed oldest first, checked before they are stored.
import { describe, expect, it, vi } from 'vitest';
import { addPerson, addSupporter, listSupporters } from '../../src/storage';

const smile = { kind: 'symbol', symbolId: '1f600' } as const;

describe('supporters repository', () => {
  it('adds supporters to a person and lists them oldest first', async () => {
    // A second between adds, as when a person adds them (two in one millisecond have no order).
    let clock = 1_700_000_000_000;
    vi.spyOn(Date, 'now').mockImplementation(() => (clock += 1000));
    const ana = await addPerson({ name: 'Ana', picture: smile });
    const bo = await addPerson({ name: 'Bo', picture: smile });
    const mum = await addSupporter({ personId: ana.id, name: '  Mum ', picture: smile });
    await addSupporter({ personId: ana.id, name: 'Lars', picture: smile });
    await addSupporter({ personId: bo.id, name: 'Kim', picture: smile });
    expect(mum.name).toBe('Mum');
    expect((await listSupporters(ana.id)).map((s) => s.name)).toEqual(['Mum', 'Lars']);
    expect((await listSupporters(bo.id)).map((s) => s.name)).toEqual(['Kim']);
  });

  it('refuses an empty name and stores nothing', async () => {
    const ana = await addPerson({ name: 'Ana', picture: smile });
    await expect(
      addSupporter({ personId: ana.id, name: '   ', picture: smile }),
    ).rejects.toMatchObject({ problem: 'invalid' });
    expect(await listSupporters(ana.id)).toEqual([]);
  });

  it('refuses a bad picture', async () => {
    const ana = await addPerson({ name: 'Ana', picture: smile });
    const attempt = addSupporter({
      personId: ana.id,
      name: 'Mum',
      picture: { kind: 'symbol', symbolId: '../evil' },
    });
    await expect(attempt).rejects.toMatchObject({ problem: 'invalid' });
  });

  it('refuses a supporter for someone who is not on this tablet', async () => {
    await expect(
      addSupporter({ personId: 'nobody', name: 'Mum', picture: smile }),
    ).rejects.toMatchObject({ problem: 'not-found' });
    expect(await listSupporters('nobody')).toEqual([]);
  });
});

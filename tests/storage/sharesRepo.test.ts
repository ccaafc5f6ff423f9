// The share log: each share kept as given, listed newest first, bad input refused.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addPerson, listShares, recordShare } from '../../src/storage';

const person = (name: string) =>
  addPerson({ name, picture: { kind: 'symbol', symbolId: '1f600' } });

afterEach(() => {
  vi.useRealTimers();
});

describe('sharesRepo', () => {
  it('records shares and lists them newest first, per person or all', async () => {
    const sam = await person('Sam');
    const alex = await person('Alex');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_000);
    const printed = await recordShare({
      personId: sam.id,
      kind: 'print',
      planIds: ['p1'],
      cardIds: ['c1', 'c2'],
      withIds: [],
      agreedAt: 900,
    });
    vi.setSystemTime(2_000);
    const sent = await recordShare({
      personId: sam.id,
      kind: 'file',
      planIds: ['p1'],
      cardIds: ['c1'],
      meetingIds: ['m1'],
      withIds: ['anna'],
      isLocked: true,
      agreedAt: 1_900,
    });
    vi.setSystemTime(3_000);
    const backup = await recordShare({
      personId: alex.id,
      kind: 'backup',
      planIds: [],
      cardIds: [],
      withIds: [],
      agreedAt: 2_900,
    });
    expect(sent).toMatchObject({ at: 2_000, kind: 'file', isLocked: true, withIds: ['anna'] });
    expect(await listShares(sam.id)).toEqual([sent, printed]);
    expect(await listShares()).toEqual([backup, sent, printed]);
    expect(await listShares('nobody')).toEqual([]);
  });

  it('refuses a share that is not valid, or of nobody, and keeps nothing', async () => {
    const sam = await person('Sam');
    const bad = {
      personId: sam.id,
      kind: 'fax',
      planIds: [],
      cardIds: [],
      withIds: [],
      agreedAt: 1,
    };
    await expect(recordShare(bad as never)).rejects.toMatchObject({ problem: 'invalid' });
    const nobody = {
      personId: 'nobody',
      kind: 'print' as const,
      planIds: [],
      cardIds: [],
      withIds: [],
      agreedAt: 1,
    };
    await expect(recordShare(nobody)).rejects.toMatchObject({ problem: 'not-found' });
    expect(await listShares()).toEqual([]);
  });
});

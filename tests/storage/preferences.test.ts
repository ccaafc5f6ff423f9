// "How I like it" is kept per person: a change keeps the other choices; bad values change nothing.
import { describe, expect, it } from 'vitest';
import { addPerson, getPerson, StorageError, updatePreferences } from '../../src/storage';

async function person() {
  return addPerson({ name: 'Ana', picture: { kind: 'symbol', symbolId: '1f600' } });
}

describe('updatePreferences', () => {
  it('starts from the defaults and keeps the other choices', async () => {
    const { id } = await person();
    expect(await updatePreferences(id, { rate: 0.75 })).toEqual({ mode: 'me', rate: 0.75 });
    await updatePreferences(id, { mode: 'helper', voiceURI: 'uri:Sara' });
    expect((await getPerson(id))?.preferences).toEqual({
      mode: 'helper',
      rate: 0.75,
      voiceURI: 'uri:Sara',
    });
  });

  it('goes back to the tablet voice when the voice is cleared', async () => {
    const { id } = await person();
    await updatePreferences(id, { voiceURI: 'uri:Sara' });
    await updatePreferences(id, { voiceURI: undefined });
    expect((await getPerson(id))?.preferences).toEqual({ mode: 'me', rate: 1 });
  });

  it.each([
    ['a speed too fast', { rate: 2 }],
    ['a speed too slow', { rate: 0.1 }],
    ['an unknown mode', { mode: 'boss' as 'me' }],
  ])('refuses %s and stores nothing', async (_, change) => {
    const { id } = await person();
    await updatePreferences(id, { rate: 1.25 });
    const before = await getPerson(id);
    const error = await updatePreferences(id, change).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).problem).toBe('invalid');
    expect(await getPerson(id)).toEqual(before);
  });

  it('says not-found for a person who is not here', async () => {
    const error = await updatePreferences('nobody', { rate: 1 }).catch((e: unknown) => e);
    expect((error as StorageError).problem).toBe('not-found');
  });
});

// A person's recorded voice is kept as bytes and comes back the same; bad input stores nothing.
import { describe, expect, it } from 'vitest';
import { addRecording, deleteRecording, getRecording, StorageError } from '../../src/storage';
import { db } from '../../src/storage/database';

function bytes(...values: number[]): ArrayBuffer {
  return new Uint8Array(values).buffer;
}

describe('recordingsRepo', () => {
  it('keeps the bytes, the type and the length, and gives them back the same', async () => {
    const stored = await addRecording({
      personId: 'person-1',
      bytes: bytes(1, 2, 3, 250),
      mime: 'audio/webm;codecs=opus',
      durationMs: 1234.4,
    });
    const read = await getRecording(stored.id);
    expect(read).toMatchObject({ personId: 'person-1', mime: 'audio/webm;codecs=opus' });
    expect(read?.durationMs).toBe(1234);
    expect(Object.prototype.toString.call(read?.bytes)).toBe('[object ArrayBuffer]');
    expect([...new Uint8Array(read?.bytes ?? new ArrayBuffer(0))]).toEqual([1, 2, 3, 250]);
  });

  it.each([
    ['no bytes', { bytes: new ArrayBuffer(0) }],
    ['a Blob instead of bytes', { bytes: new Blob(['x']) as unknown as ArrayBuffer }],
    ['a type that is not sound', { mime: 'image/png' }],
    ['a negative length', { durationMs: -1 }],
    ['no person', { personId: '' }],
  ])('refuses %s and stores nothing', async (_, change) => {
    const input = { personId: 'p', bytes: bytes(1), mime: 'audio/mp4', durationMs: 10, ...change };
    const error = await addRecording(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).problem).toBe('invalid');
    expect(await db().recordings.count()).toBe(0);
  });

  it('deletes a recording', async () => {
    const { id } = await addRecording({
      personId: 'p',
      bytes: bytes(9),
      mime: 'audio/ogg',
      durationMs: 5,
    });
    await deleteRecording(id);
    expect(await getRecording(id)).toBeUndefined();
  });
});

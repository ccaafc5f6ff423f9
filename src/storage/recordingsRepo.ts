// A person's recorded voice: kept as bytes + MIME type (never a Blob: Safari loses Blobs).
import type { Card, Recording } from '../domain/types';
import { updateCard } from './cardsRepo';
import { db } from './database';
import { StorageError } from './errors';
import { writeTogether } from './write';

/** The longest recording kept; the recorder stops by itself at this length. */
export const MAX_RECORDING_MS = 2 * 60_000;
/** More bytes than two minutes of voice ever need: anything bigger is a mistake. */
const MAX_RECORDING_BYTES = 20 * 1024 * 1024;

/** What the recorder gives to be kept. */
export interface NewRecording {
  personId: string;
  bytes: ArrayBuffer;
  mime: string;
  durationMs: number;
}

function isArrayBuffer(value: unknown): value is ArrayBuffer {
  // Checked by tag, not instanceof: buffers may come from another realm (a worker, a test DOM).
  return Object.prototype.toString.call(value) === '[object ArrayBuffer]';
}

function isValid(input: NewRecording): boolean {
  return (
    typeof input.personId === 'string' &&
    input.personId.length > 0 &&
    isArrayBuffer(input.bytes) &&
    input.bytes.byteLength > 0 &&
    input.bytes.byteLength <= MAX_RECORDING_BYTES &&
    /^audio\/[\w.+-]+(;.*)?$/.test(input.mime) &&
    Number.isFinite(input.durationMs) &&
    input.durationMs >= 0 &&
    input.durationMs <= MAX_RECORDING_MS + 10_000
  );
}

function checked(input: NewRecording): Recording {
  if (!isValid(input)) throw new StorageError('invalid');
  return {
    id: crypto.randomUUID(),
    personId: input.personId,
    bytes: input.bytes,
    mime: input.mime,
    durationMs: Math.round(input.durationMs),
    createdAt: Date.now(),
  };
}

/** Keeps a recording of a person's voice; returns the stored record (its id goes on the card). */
export async function addRecording(input: NewRecording): Promise<Recording> {
  const recording = checked(input);
  const { recordings } = db();
  await writeTogether([recordings], () => recordings.add(recording));
  return recording;
}

/**
 * Keeps a recording and puts it on card `cardId` (one of the person's), in one transaction with
 * its undo entry: on a full tablet neither is stored. Returns the card as stored.
 */
export async function addCardRecording(cardId: string, input: NewRecording): Promise<Card> {
  const recording = checked(input);
  const { cards, history, plans, recordings } = db();
  return writeTogether([cards, history, plans, recordings], async () => {
    const card = await cards.get(cardId);
    const plan = card && (await plans.get(card.planId));
    if (plan?.personId !== recording.personId) throw new StorageError('not-found');
    await recordings.add(recording);
    return updateCard(cardId, { recordingId: recording.id });
  });
}

/** One recording, or undefined when there is none with this id. */
export function getRecording(id: string): Promise<Recording | undefined> {
  return db().recordings.get(id);
}

/** Deletes a recording for good (nothing refers to it any more). */
export async function deleteRecording(id: string): Promise<void> {
  const { recordings } = db();
  await writeTogether([recordings], () => recordings.delete(id));
}

// Validation of every record before it is stored (and later, of every imported file), with zod,
// so bad input is refused with a reason instead of being written half-right.
import { z } from './zod';
import {
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_SCAN_SECONDS,
  MAX_WORDS_LENGTH,
  MIN_SCAN_SECONDS,
} from './limits';
import { keyAfter } from './ordering';

export { MAX_NAME_LENGTH, MAX_NOTE_LENGTH, MAX_WORDS_LENGTH } from './limits';

/** The latest moment a Date can hold (year 275760): a later one breaks every date shown. */
export const MAX_TIME = 8_640_000_000_000_000;

const id = z.string().min(1).max(100);
const time = z.number().int().nonnegative().max(MAX_TIME);
const symbolId = z
  .string()
  .max(100)
  .regex(/^[0-9a-f]+(-[0-9a-f]+)*$/);
/** Short keys: a translation key, a template's id. */
const key = z.string().max(200);
/** A fractional ordering key that new keys can be made next to (a made-up one would throw). */
const orderKey = z
  .string()
  .min(1)
  .max(1000)
  .refine((order) => {
    try {
      keyAfter(order);
      return true;
    } catch {
      return false;
    }
  });

export const pictureRefSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('symbol'), symbolId }),
  z.object({ kind: z.literal('stored'), pictureId: id }),
]);

/** A place on a 5-step scale (faces or ladder). */
export const scaleStepSchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
]);

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const colourSchema = z.enum(['green', 'yellow', 'blue', 'red', 'purple', 'grey']);

export const themeSchema = z.enum(['light', 'high-contrast', 'calm']);

export const preferencesSchema = z.object({
  mode: z.enum(['me', 'helper']),
  voiceURI: z.string().max(500).optional(),
  rate: z.number().min(0.5).max(1.5),
  readOnFocus: z.boolean().optional(),
  textSize: z
    .union([z.literal(100), z.literal(125), z.literal(150), z.literal(175), z.literal(200)])
    .optional(),
  theme: themeSchema.optional(),
  font: z.enum(['standard', 'readable']).optional(),
  pictures: z.enum(['both', 'large', 'pictures', 'words']).optional(),
  reduceMotion: z.boolean().optional(),
  scanning: z.enum(['off', 'one', 'two']).optional(),
  scanSeconds: z.number().min(MIN_SCAN_SECONDS).max(MAX_SCAN_SECONDS).optional(),
});

/** A person's picture code: a hash and its salt (both or neither), idle time, tries, removals. */
export const pictureLockSchema = z
  .object({
    codeHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
    salt: z
      .string()
      .regex(/^[0-9a-f]{32}$/)
      .optional(),
    idleMinutes: z.union([z.literal(1), z.literal(2), z.literal(5), z.literal(10)]),
    failedTries: z.number().int().nonnegative().max(1_000_000),
    waitUntil: time.optional(),
    resets: z
      .array(
        z.object({
          at: time,
          by: z.string().trim().min(1).max(MAX_NAME_LENGTH),
          seenAt: time.optional(),
        }),
      )
      .max(10_000),
  })
  .refine((lock) => (lock.codeHash === undefined) === (lock.salt === undefined), {
    message: 'a code hash needs its salt',
  });

export const personSchema = z.object({
  id,
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  picture: pictureRefSchema,
  preferences: preferencesSchema.optional(),
  lock: pictureLockSchema.optional(),
  createdAt: time,
  updatedAt: time,
});

export const laneSchema = z.object({
  id,
  symbolId,
  titleKey: key.optional(),
  title: z.string().trim().min(1).max(MAX_NAME_LENGTH).optional(),
});

export const planSchema = z.object({
  id,
  personId: id,
  templateId: key.min(1),
  layout: z.enum(['columns', 'path']).optional(),
  titleKey: key.optional(),
  title: z.string().max(MAX_NAME_LENGTH).optional(),
  symbolId,
  lanes: z.array(laneSchema).min(1).max(12),
  legend: z
    .array(
      z.object({
        colour: colourSchema,
        meaningKey: key.optional(),
        meaning: z.string().max(MAX_NAME_LENGTH).optional(),
      }),
    )
    .max(12),
  createdAt: time,
  updatedAt: time,
});

export const cardSchema = z.object({
  id,
  planId: id,
  laneId: id,
  order: orderKey,
  picture: pictureRefSchema,
  words: z.string().trim().min(1).max(MAX_WORDS_LENGTH),
  colour: colourSchema,
  recordingId: id.optional(),
  steps: z
    .array(
      z.object({
        id,
        order: orderKey,
        words: z.string().trim().min(1).max(MAX_WORDS_LENGTH),
        symbolId: symbolId.optional(),
        isDone: z.boolean(),
      }),
    )
    .max(50)
    .optional(),
  helperIds: z.array(id).max(50).optional(),
  when: day.optional(),
  ratings: z
    .array(
      z.object({
        value: scaleStepSchema,
        at: time,
        wish: scaleStepSchema.optional(),
        meetingId: id.optional(),
      }),
    )
    .max(1000)
    .optional(),
  isPrivate: z.boolean().optional(),
  notes: z
    .array(
      z.object({
        id,
        words: z.string().trim().min(1).max(MAX_NOTE_LENGTH),
        supporterId: id,
        agreedAt: time,
        at: time,
      }),
    )
    .max(200)
    .optional(),
  createdAt: time,
  updatedAt: time,
});

export const supporterSchema = z.object({
  id,
  personId: id,
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  picture: pictureRefSchema,
  role: z.enum(['social-worker', 'family', 'staff', 'friend', 'other']).optional(),
  createdAt: time,
  updatedAt: time,
});

export const meetingSchema = z.object({
  id,
  personId: id,
  date: time,
  endedAt: time.optional(),
  participantIds: z.array(id).max(50),
  planIds: z.array(id).max(50),
  actionCardIds: z.array(id).max(500).optional(),
  feedback: z
    .object({
      listened: scaleStepSchema.optional(),
      decided: scaleStepSchema.optional(),
      understood: scaleStepSchema.optional(),
      knowNext: scaleStepSchema.optional(),
    })
    .optional(),
  nextDate: day.optional(),
  createdAt: time,
  updatedAt: time,
});

export const shareRecordSchema = z.object({
  id,
  personId: id,
  at: time,
  kind: z.enum(['print', 'file', 'send', 'backup']),
  planIds: z.array(id).max(500),
  cardIds: z.array(id).max(100000),
  meetingIds: z.array(id).max(10000).optional(),
  withIds: z.array(id).max(50),
  isLocked: z.boolean().optional(),
  agreedAt: time,
});

const recordChangeSchema = z.discriminatedUnion('table', [
  z.object({
    table: z.literal('cards'),
    key: id,
    before: cardSchema.nullable(),
    after: cardSchema.nullable(),
  }),
  z.object({
    table: z.literal('plans'),
    key: id,
    before: planSchema.nullable(),
    after: planSchema.nullable(),
  }),
]);

/** One entry of a plan's undo history, with every record it changed before and after. */
export const historyEntrySchema = z.object({
  id: z.number().int().positive().optional(),
  planId: id,
  at: time,
  action: z.enum([
    'card-add',
    'card-move',
    'card-edit',
    'card-delete',
    'plan-edit',
    'lane-add',
    'lane-edit',
    'lane-move',
    'lane-delete',
  ]),
  changes: z.array(recordChangeSchema),
  undone: z.union([z.literal(0), z.literal(1)]),
});

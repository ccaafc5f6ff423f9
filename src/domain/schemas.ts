// Validation of every record before it is stored (and later, of every imported file), with zod,
// so bad input is refused with a reason instead of being written half-right.
import { z } from 'zod';

/** Longest name a person can have (fits a tile; longer is almost surely a paste mistake). */
export const MAX_NAME_LENGTH = 60;
/** Longest text on a card: a card holds a few words, not a letter. */
export const MAX_WORDS_LENGTH = 140;

const id = z.string().min(1).max(100);
const time = z.number().int().nonnegative();
const symbolId = z.string().regex(/^[0-9a-f]+(-[0-9a-f]+)*$/);

export const pictureRefSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('symbol'), symbolId }),
  z.object({ kind: z.literal('stored'), pictureId: id }),
]);

export const colourSchema = z.enum(['green', 'yellow', 'blue', 'red', 'purple', 'grey']);

export const preferencesSchema = z.object({
  mode: z.enum(['me', 'helper']),
  voiceURI: z.string().max(500).optional(),
  rate: z.number().min(0.5).max(1.5),
  readOnFocus: z.boolean().optional(),
});

export const personSchema = z.object({
  id,
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  picture: pictureRefSchema,
  preferences: preferencesSchema.optional(),
  createdAt: time,
  updatedAt: time,
});

export const laneSchema = z.object({
  id,
  symbolId,
  titleKey: z.string().optional(),
  title: z.string().trim().min(1).max(MAX_NAME_LENGTH).optional(),
});

export const planSchema = z.object({
  id,
  personId: id,
  templateId: z.string().min(1),
  layout: z.enum(['columns', 'path']).optional(),
  titleKey: z.string().optional(),
  title: z.string().max(MAX_NAME_LENGTH).optional(),
  symbolId,
  lanes: z.array(laneSchema).min(1).max(12),
  legend: z.array(
    z.object({
      colour: colourSchema,
      meaningKey: z.string().optional(),
      meaning: z.string().max(MAX_NAME_LENGTH).optional(),
    }),
  ),
  createdAt: time,
  updatedAt: time,
});

export const cardSchema = z.object({
  id,
  planId: id,
  laneId: id,
  order: z.string().min(1),
  picture: pictureRefSchema,
  words: z.string().trim().min(1).max(MAX_WORDS_LENGTH),
  colour: colourSchema,
  recordingId: id.optional(),
  steps: z
    .array(
      z.object({
        id,
        order: z.string().min(1),
        words: z.string().trim().min(1).max(MAX_WORDS_LENGTH),
        symbolId: symbolId.optional(),
        isDone: z.boolean(),
      }),
    )
    .max(50)
    .optional(),
  helperIds: z.array(id).max(50).optional(),
  when: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  ratings: z
    .array(
      z.object({
        value: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
        at: time,
      }),
    )
    .max(1000)
    .optional(),
  isPrivate: z.boolean().optional(),
  createdAt: time,
  updatedAt: time,
});

export const supporterSchema = z.object({
  id,
  personId: id,
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  picture: pictureRefSchema,
  createdAt: time,
  updatedAt: time,
});

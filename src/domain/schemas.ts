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

export const personSchema = z.object({
  id,
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  picture: pictureRefSchema,
  createdAt: time,
  updatedAt: time,
});

export const laneSchema = z.object({
  id,
  symbolId,
  titleKey: z.string().optional(),
  title: z.string().max(MAX_NAME_LENGTH).optional(),
});

export const planSchema = z.object({
  id,
  personId: id,
  templateId: z.string().min(1),
  titleKey: z.string().optional(),
  title: z.string().max(MAX_NAME_LENGTH).optional(),
  symbolId,
  lanes: z.array(laneSchema).min(1).max(20),
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
  words: z.string().max(MAX_WORDS_LENGTH),
  colour: colourSchema,
  createdAt: time,
  updatedAt: time,
});

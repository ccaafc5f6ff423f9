// What travels in a .myplan file: some plans of a person, or a whole person's backup, with every
// picture and recording they use. Checked record by record, then across records, before any use.
import type { ZodType, output } from 'zod';
import { z } from './zod';
import { storedPictureSchema } from './pictureSchema';
import {
  MAX_TIME,
  cardSchema,
  meetingSchema,
  personSchema,
  planSchema,
  supporterSchema,
} from './schemas';
import type {
  Card,
  Meeting,
  Person,
  PictureRef,
  Plan,
  Recording,
  StoredPicture,
  Supporter,
} from './types';

/** A share of some plans, or a whole person's backup. */
export type BundleKind = 'plans' | 'backup';

/** Everything a .myplan file holds, ready to show or to store. */
export interface PlanBundle {
  kind: BundleKind;
  createdAt: number;
  /** Whose plans. For 'plans' only shown in the preview, never stored over anyone. */
  person: Person;
  plans: Plan[];
  cards: Card[];
  supporters: Supporter[];
  meetings: Meeting[];
  pictures: StoredPicture[];
  recordings: Recording[];
}

/** Largest recording bytes accepted (two minutes of voice need far less). */
export const MAX_RECORDING_BYTES = 20 * 1024 * 1024;

/** Most records of each kind in one bundle (far beyond a real person's plans). */
export const BUNDLE_LIMITS = {
  plans: 500,
  cards: 100_000,
  supporters: 1_000,
  meetings: 10_000,
  pictures: 10_000,
  recordings: 5_000,
} as const;

function isArrayBuffer(value: unknown): value is ArrayBuffer {
  // By tag, not instanceof: buffers may come from another realm (a worker, a test DOM).
  return Object.prototype.toString.call(value) === '[object ArrayBuffer]';
}

const id = z.string().min(1).max(100);

/** A recording kept on the device, as checked by the recordings repository. */
export const recordingSchema = z.strictObject({
  id,
  personId: id,
  bytes: z.custom<ArrayBuffer>(
    (value) =>
      isArrayBuffer(value) && value.byteLength > 0 && value.byteLength <= MAX_RECORDING_BYTES,
    { message: 'bytes must be a non-empty ArrayBuffer of at most 20 MB' },
  ),
  mime: z
    .string()
    .max(200)
    .regex(/^audio\/[\w.+-]+(;.*)?$/),
  durationMs: z
    .number()
    .int()
    .min(0)
    .max(60 * 60_000),
  createdAt: z.number().int().nonnegative().max(MAX_TIME),
});

/**
 * An array of at most `max` items, each checked with `schema`, stopping at the first that fails:
 * a file of 100,000 broken cards is refused at the first, not after 100,000 complaints.
 */
export function listOf<T extends ZodType>(schema: T, max: number) {
  return z
    .array(z.unknown())
    .max(max)
    .transform((items, context) => {
      const out: output<T>[] = [];
      for (const [index, item] of items.entries()) {
        const parsed = schema.safeParse(item);
        if (!parsed.success) {
          const [issue] = parsed.error.issues;
          context.addIssue({
            code: 'custom',
            message: issue?.message ?? 'not valid',
            path: [index, ...(issue?.path ?? [])],
          });
          return z.NEVER;
        }
        out.push(parsed.data);
      }
      return out;
    });
}

const records = {
  person: personSchema.strict(),
  plans: listOf(planSchema.strict(), BUNDLE_LIMITS.plans),
  cards: listOf(cardSchema.strict(), BUNDLE_LIMITS.cards),
  supporters: listOf(supporterSchema.strict(), BUNDLE_LIMITS.supporters),
  meetings: listOf(meetingSchema.strict(), BUNDLE_LIMITS.meetings),
  pictures: listOf(storedPictureSchema.strict(), BUNDLE_LIMITS.pictures),
  recordings: listOf(recordingSchema, BUNDLE_LIMITS.recordings),
};

/** The ids of stored pictures a picture reference uses (none for a library symbol). */
export function storedPictureId(ref: PictureRef): string | undefined {
  return ref.kind === 'stored' ? ref.pictureId : undefined;
}

/** Why the records of a bundle do not fit together, or an empty list when they do. */
export function bundleProblems(bundle: PlanBundle): string[] {
  const problems: string[] = [];
  const ids = (list: { id: string }[], name: string): Set<string> => {
    const set = new Set(list.map((record) => record.id));
    if (set.size !== list.length) problems.push(`${name}: ids are not unique`);
    return set;
  };
  const pictureIds = ids(bundle.pictures, 'pictures');
  const recordingIds = ids(bundle.recordings, 'recordings');
  const supporterIds = ids(bundle.supporters, 'supporters');
  ids(bundle.cards, 'cards');
  ids(bundle.meetings, 'meetings');
  ids(bundle.plans, 'plans');
  const owner = bundle.person.id;
  for (const name of ['plans', 'supporters', 'meetings', 'pictures', 'recordings'] as const) {
    if (bundle[name].some((record) => record.personId !== owner)) {
      problems.push(`${name}: not all of the person ${owner}`);
    }
  }
  const picture = (ref: PictureRef, where: string) => {
    const pictureId = storedPictureId(ref);
    if (pictureId !== undefined && !pictureIds.has(pictureId)) {
      problems.push(`${where}: picture ${pictureId} is missing`);
    }
  };
  const supporter = (supporterId: string, where: string) => {
    if (!supporterIds.has(supporterId))
      problems.push(`${where}: supporter ${supporterId} is missing`);
  };
  picture(bundle.person.picture, 'person');
  const lanesOf = new Map<string, Set<string>>();
  for (const plan of bundle.plans) {
    const lanes = ids(plan.lanes, `plan ${plan.id} lanes`);
    lanesOf.set(plan.id, lanes);
  }
  for (const card of bundle.cards) {
    const where = `card ${card.id}`;
    if (!lanesOf.get(card.planId)?.has(card.laneId))
      problems.push(`${where}: no such plan or lane`);
    picture(card.picture, where);
    ids(card.steps ?? [], `${where} steps`);
    ids(card.notes ?? [], `${where} notes`);
    if (card.recordingId !== undefined && !recordingIds.has(card.recordingId)) {
      problems.push(`${where}: recording ${card.recordingId} is missing`);
    }
    for (const helperId of card.helperIds ?? []) supporter(helperId, where);
    for (const note of card.notes ?? []) supporter(note.supporterId, where);
  }
  for (const person of bundle.supporters) picture(person.picture, `supporter ${person.id}`);
  for (const meeting of bundle.meetings) {
    for (const participantId of meeting.participantIds) {
      supporter(participantId, `meeting ${meeting.id}`);
    }
  }
  return problems;
}

/**
 * A whole bundle: every record checked with the schemas the app stores with (unknown keys
 * refused on records, stripped inside them), then the cross-checks of `bundleProblems`.
 */
export const planBundleSchema = z
  .strictObject({
    kind: z.enum(['plans', 'backup']),
    createdAt: z.number().int().nonnegative().max(MAX_TIME),
    ...records,
  })
  .superRefine((bundle, context) => {
    for (const message of bundleProblems(bundle as PlanBundle)) {
      context.addIssue({ code: 'custom', message });
    }
  });

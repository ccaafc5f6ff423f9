// Gives a bundle's records to a person on this device, renaming ids where asked: every reference
// (card → plan/lane/picture/recording/helpers, meeting → plans/cards/people…) follows its record.
import type { PlanBundle } from './bundle';
import type { Card, Meeting, PictureRef, Plan, Supporter } from './types';

/** Which kind of id is being renamed (lanes, steps and notes live inside their plan or card). */
export type IdKind =
  | 'plans'
  | 'lanes'
  | 'cards'
  | 'steps'
  | 'notes'
  | 'supporters'
  | 'meetings'
  | 'pictures'
  | 'recordings';

/** Gives the id a record gets on this device; must answer the same for the same question. */
export type Rename = (kind: IdKind, id: string) => string;

/** A renamer that gives every id a fresh one from `makeId`, the same one each time it is asked. */
export function freshIds(makeId: () => string): Rename {
  const given = new Map<string, string>();
  return (kind, id) => {
    const key = `${kind}\u0000${id}`;
    let fresh = given.get(key);
    if (fresh === undefined) {
      fresh = makeId();
      given.set(key, fresh);
    }
    return fresh;
  };
}

/** Whether an id can be kept as it is: the letters, digits and '-' of the app's own ids and links. */
export function isPlainId(id: string): boolean {
  return /^[A-Za-z0-9-]{1,100}$/.test(id);
}

/**
 * A renamer that keeps ids, except those in `taken` (by kind) and those no link of the app could
 * name (not `isPlainId`, e.g. "../x" from a hand-made file), which get fresh ones.
 */
export function keptIds(taken: Partial<Record<IdKind, Set<string>>>, makeId: () => string): Rename {
  const fresh = freshIds(makeId);
  return (kind, id) => (taken[kind]?.has(id) || !isPlainId(id) ? fresh(kind, id) : id);
}

/**
 * The bundle's records given to `personId`, with ids renamed by `rename`. References to records
 * outside the bundle (a meeting's plan that was not shared) are left as they are.
 */
export function rehomeBundle(bundle: PlanBundle, personId: string, rename: Rename): PlanBundle {
  const inBundle = (list: { id: string }[]) => new Set(list.map((record) => record.id));
  const planIds = inBundle(bundle.plans);
  const cardIds = inBundle(bundle.cards);
  const meetingIds = inBundle(bundle.meetings);
  const ifIn = (kind: IdKind, set: Set<string>) => (id: string) =>
    set.has(id) ? rename(kind, id) : id;
  const picture = (ref: PictureRef): PictureRef =>
    ref.kind === 'stored' ? { kind: 'stored', pictureId: rename('pictures', ref.pictureId) } : ref;

  const plan = (record: Plan): Plan => ({
    ...record,
    id: rename('plans', record.id),
    personId,
    lanes: record.lanes.map((lane) => ({ ...lane, id: rename('lanes', lane.id) })),
  });
  const card = (record: Card): Card => {
    const next: Card = {
      ...record,
      id: rename('cards', record.id),
      planId: rename('plans', record.planId),
      laneId: rename('lanes', record.laneId),
      picture: picture(record.picture),
    };
    if (record.recordingId !== undefined) {
      next.recordingId = rename('recordings', record.recordingId);
    }
    if (record.steps) next.steps = record.steps.map((s) => ({ ...s, id: rename('steps', s.id) }));
    if (record.helperIds) next.helperIds = record.helperIds.map((h) => rename('supporters', h));
    if (record.ratings) {
      next.ratings = record.ratings.map((rating) =>
        rating.meetingId === undefined
          ? rating
          : { ...rating, meetingId: ifIn('meetings', meetingIds)(rating.meetingId) },
      );
    }
    if (record.notes) {
      next.notes = record.notes.map((note) => ({
        ...note,
        id: rename('notes', note.id),
        supporterId: rename('supporters', note.supporterId),
      }));
    }
    return next;
  };
  const supporter = (record: Supporter): Supporter => ({
    ...record,
    id: rename('supporters', record.id),
    personId,
    picture: picture(record.picture),
  });
  const meeting = (record: Meeting): Meeting => {
    const next: Meeting = {
      ...record,
      id: rename('meetings', record.id),
      personId,
      participantIds: record.participantIds.map((p) => rename('supporters', p)),
      planIds: record.planIds.map(ifIn('plans', planIds)),
    };
    if (record.actionCardIds) next.actionCardIds = record.actionCardIds.map(ifIn('cards', cardIds));
    return next;
  };

  return {
    ...bundle,
    person: { ...bundle.person, id: personId, picture: picture(bundle.person.picture) },
    plans: bundle.plans.map(plan),
    cards: bundle.cards.map(card),
    supporters: bundle.supporters.map(supporter),
    meetings: bundle.meetings.map(meeting),
    pictures: bundle.pictures.map((p) => ({ ...p, id: rename('pictures', p.id), personId })),
    recordings: bundle.recordings.map((r) => ({ ...r, id: rename('recordings', r.id), personId })),
  };
}

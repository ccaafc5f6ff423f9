// A whole person's bundle with every kind of record, picture bytes (real headers over noise), a
// voice, private and shared cards, a meeting: the data file and storage tests round-trip.
import type { PlanBundle } from '../../../src/domain/bundle';
import type { Card, Plan } from '../../../src/domain/types';
import { makeCard, makePlan } from '../../fixtures/factories';
import { imageBytes, soundBytes } from './imageCraft';

function lane(plan: Plan, index: number): string {
  const found = plan.lanes[index];
  if (!found) throw new Error('no lane');
  return found.id;
}

/** Sam's backup (ids start with `prefix`): two plans, four cards (one private), a meeting. */
export function sampleBundle(prefix = 's', kind: PlanBundle['kind'] = 'backup'): PlanBundle {
  const personId = `${prefix}-person`;
  const id = (name: string) => `${prefix}-${name}`;
  let n = 0;
  const goals = makePlan({ id: id('goals'), personId, title: 'My goals', createdAt: 2000 });
  goals.lanes = goals.lanes.map((l) => ({ ...l, id: id(`lane-${(n += 1)}`) }));
  const life = makePlan({ id: id('life'), personId, title: 'My life', createdAt: 3000 });
  life.lanes = life.lanes.map((l) => ({ ...l, id: id(`lane-${(n += 1)}`) }));
  const cards: Card[] = [
    makeCard({
      id: id('card-cat'),
      planId: goals.id,
      laneId: lane(goals, 0),
      picture: { kind: 'stored', pictureId: id('pic-cat') },
      words: 'Feed my cat',
      recordingId: id('rec-1'),
      steps: [{ id: id('step-1'), order: 'a0', words: 'Buy food', isDone: true }],
      helperIds: [id('anna')],
      when: '2026-03-01',
      ratings: [
        { value: 2, at: 5000 },
        { value: 4, at: 6000, wish: 5, meetingId: id('meeting') },
      ],
      notes: [
        { id: id('note'), words: 'Ask Bo', supporterId: id('anna'), agreedAt: 6100, at: 6100 },
      ],
    }),
    makeCard({
      id: id('card-secret'),
      planId: goals.id,
      laneId: lane(goals, 1),
      words: 'My secret',
      colour: 'purple',
      isPrivate: true,
      picture: { kind: 'stored', pictureId: id('pic-secret') },
    }),
    makeCard({
      id: id('card-swim'),
      planId: goals.id,
      laneId: lane(goals, 1),
      order: 'a1',
      words: 'Swim',
    }),
    makeCard({
      id: id('card-home'),
      planId: life.id,
      laneId: lane(life, 0),
      words: 'My flat',
      helperIds: [id('bo')],
    }),
  ];
  const picture = (
    name: string,
    length: number,
    seed: number,
    mime: 'image/png' | 'image/jpeg',
  ) => ({
    id: id(name),
    personId,
    bytes: imageBytes(mime === 'image/png' ? 'png' : 'jpeg', 40, 30, length, seed),
    mime,
    source: 'upload' as const,
    alt: name,
    width: 40,
    height: 30,
    createdAt: 1500 + seed,
  });
  return {
    kind,
    createdAt: 9000,
    person: {
      id: personId,
      name: 'Sam',
      picture: { kind: 'stored', pictureId: id('pic-face') },
      preferences: { mode: 'me', rate: 1, readOnFocus: true },
      createdAt: 1000,
      updatedAt: 1200,
    },
    plans: [goals, life],
    cards,
    supporters: [
      {
        id: id('anna'),
        personId,
        name: 'Anna',
        picture: { kind: 'stored', pictureId: id('pic-anna') },
        role: 'social-worker',
        createdAt: 1100,
        updatedAt: 1100,
      },
      {
        id: id('bo'),
        personId,
        name: 'Bo',
        picture: { kind: 'symbol', symbolId: '1f9d1' },
        createdAt: 1101,
        updatedAt: 1101,
      },
    ],
    meetings: [
      {
        id: id('meeting'),
        personId,
        date: 6000,
        endedAt: 7000,
        participantIds: [id('anna')],
        planIds: [goals.id, life.id],
        actionCardIds: [id('card-swim'), id('card-secret')],
        feedback: { listened: 5, decided: 4 },
        nextDate: '2026-04-01',
        createdAt: 6000,
        updatedAt: 7000,
      },
    ],
    pictures: [
      picture('pic-face', 700, 1, 'image/png'),
      picture('pic-cat', 3000, 2, 'image/jpeg'),
      picture('pic-secret', 900, 3, 'image/jpeg'),
      picture('pic-anna', 500, 4, 'image/png'),
      picture('pic-unused', 300, 5, 'image/png'),
    ],
    recordings: [
      {
        id: id('rec-1'),
        personId,
        bytes: soundBytes(1200, 9),
        mime: 'audio/webm;codecs=opus',
        durationMs: 2100,
        createdAt: 4000,
      },
    ],
  };
}

// The bundle's own rules (cross-checks) and the renaming that gives a bundle to another person.
import { describe, expect, it } from 'vitest';
import { bundleProblems, planBundleSchema } from '../../../src/domain/bundle';
import { freshIds, keptIds, rehomeBundle } from '../../../src/domain/bundleIds';
import { sampleBundle } from './sampleBundle';

describe('planBundleSchema', () => {
  it('accepts a whole bundle and names what does not fit together', () => {
    expect(planBundleSchema.safeParse(sampleBundle()).success).toBe(true);
    const bundle = sampleBundle();
    bundle.cards[0]!.recordingId = 'gone';
    bundle.cards[1]!.helperIds = ['nobody'];
    bundle.meetings[0]!.participantIds = ['stranger'];
    bundle.plans[1]!.lanes.push({ ...bundle.plans[1]!.lanes[0]! });
    bundle.pictures.push({ ...bundle.pictures[0]! });
    expect(bundleProblems(bundle)).toEqual([
      'pictures: ids are not unique',
      'plan s-life lanes: ids are not unique',
      'card s-card-cat: recording gone is missing',
      'card s-card-secret: supporter nobody is missing',
      'meeting s-meeting: supporter stranger is missing',
    ]);
    expect(planBundleSchema.safeParse({ ...sampleBundle(), extra: 1 }).success).toBe(false);
  });
});

describe('rehomeBundle', () => {
  it('gives every record a fresh id and keeps every reference pointing at the same thing', () => {
    const bundle = sampleBundle();
    let n = 0;
    const moved = rehomeBundle(
      bundle,
      'alex',
      freshIds(() => `new-${(n += 1)}`),
    );
    expect(planBundleSchema.safeParse(moved).success).toBe(true);
    const text = JSON.stringify({ ...moved, pictures: [], recordings: [] });
    expect(text).not.toMatch(/"s-(?!person")/);
    expect(moved.pictures.map((p) => p.id)).not.toContain('s-pic-cat');
    const cat = moved.cards[0]!;
    expect(
      moved.pictures.find((p) => p.id === (cat.picture as { pictureId: string }).pictureId)?.alt,
    ).toBe('pic-cat');
    expect(moved.supporters.find((s) => s.id === cat.helperIds?.[0])?.name).toBe('Anna');
    expect(cat.ratings?.[1]?.meetingId).toBe(moved.meetings[0]!.id);
    expect(moved.plans.every((p) => p.personId === 'alex')).toBe(true);
  });

  it('keeps ids unless taken, and then renames them everywhere', () => {
    const bundle = sampleBundle();
    const moved = rehomeBundle(
      bundle,
      's-person',
      keptIds({ plans: new Set(['s-life']) }, () => 'life-2'),
    );
    expect(moved.plans.map((p) => p.id)).toEqual(['s-goals', 'life-2']);
    expect(moved.cards.find((c) => c.id === 's-card-home')?.planId).toBe('life-2');
    expect(moved.meetings[0]!.planIds).toEqual(['s-goals', 'life-2']);
    expect(moved.pictures).toEqual(bundle.pictures);
  });
});

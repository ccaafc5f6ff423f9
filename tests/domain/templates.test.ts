// Templates: all eight of DESIGN.md plus the empty board, each with its lanes in order.
import { describe, expect, it } from 'vitest';
import { planFromTemplate } from '../../src/domain/newPlan';
import { EMPTY_BOARD, TEMPLATES, templateById } from '../../src/domain/templates';

describe('templates', () => {
  it('has the eight templates of the design', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual([
      'my-goals',
      'life-areas',
      'important',
      'working',
      'good-day',
      'path',
      'like-sort',
      'one-page-profile',
    ]);
  });

  it('draws PATH as a path from now to the dream', () => {
    const path = templateById('path');
    expect(path?.layout).toBe('path');
    expect(path?.lanes.map((l) => l.key)).toEqual([
      'now',
      'peopleWhoHelp',
      'gettingStronger',
      'firstStep',
      'nextSteps',
      'goalInAYear',
      'dream',
    ]);
  });

  it('makes a plan with fresh lane ids and translated names', () => {
    let n = 0;
    const plan = planFromTemplate(TEMPLATES[0] ?? EMPTY_BOARD, 'p', 5, () => `id${(n += 1)}`);
    expect(plan.lanes.map((l) => l.titleKey)).toEqual([
      'lanes.now',
      'lanes.next',
      'lanes.later',
      'lanes.done',
    ]);
    expect(new Set(plan.lanes.map((l) => l.id)).size).toBe(4);
  });

  it('gives the empty board the typed names and skips blank ones', () => {
    const plan = planFromTemplate(EMPTY_BOARD, 'p', 5, () => crypto.randomUUID(), {
      title: ' Football ',
      laneTitles: ['Training', ' ', 'Matches'],
    });
    expect(plan.title).toBe('Football');
    expect(plan.titleKey).toBeUndefined();
    expect(plan.lanes.map((l) => l.title)).toEqual(['Training', 'Matches']);
  });
});

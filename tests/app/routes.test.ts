import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from '../../src/app/routes';

describe('routes', () => {
  const routes: Route[] = [
    { name: 'people' },
    { name: 'add-person' },
    { name: 'home', personId: 'p-1' },
    { name: 'new-plan', personId: 'p-1' },
    { name: 'how-i-like-it', personId: 'p-1' },
    { name: 'plan', personId: 'p-1', planId: 'abc-123' },
    { name: 'add-card', personId: 'p-1', planId: 'abc', laneId: 'l-2' },
    { name: 'card', personId: 'p-1', cardId: 'c-9' },
    { name: 'meeting-new', personId: 'p-1' },
    { name: 'meeting', personId: 'p-1', meetingId: 'm-1' },
    { name: 'meeting-summary', personId: 'p-1', meetingId: 'm-1' },
    { name: 'share', personId: 'p-1', planId: 'abc' },
    { name: 'open-file', personId: 'p-1' },
    { name: 'backup', personId: 'p-1' },
    { name: 'restore' },
    { name: 'progress', personId: 'p-1' },
    { name: 'goal-progress', personId: 'p-1', cardId: 'c-9' },
    { name: 'settings' },
    { name: 'about' },
  ];

  it.each(routes)('reads back the address of $name', (route) => {
    expect(parseRoute(hrefOf(route))).toEqual(route);
  });

  it('sends unknown addresses to the start', () => {
    expect(parseRoute('#/nowhere/at/all')).toEqual({ name: 'people' });
    expect(parseRoute('')).toEqual({ name: 'people' });
  });
});

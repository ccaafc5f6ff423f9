// The screens of the app and their addresses (in the URL hash, so reload keeps the place).

/** A screen and what it shows. */
export type Route =
  | { name: 'people' }
  | { name: 'add-person' }
  | { name: 'home'; personId: string }
  | { name: 'new-plan'; personId: string }
  | { name: 'plan'; planId: string }
  | { name: 'add-card'; planId: string; laneId: string }
  | { name: 'settings' }
  | { name: 'about' };

const ID = '([A-Za-z0-9-]+)';
const PATTERNS: [RegExp, (m: string[]) => Route][] = [
  [/^\/?$/, () => ({ name: 'people' })],
  [/^\/people\/new$/, () => ({ name: 'add-person' })],
  [new RegExp(`^/person/${ID}$`), (m) => ({ name: 'home', personId: m[1] ?? '' })],
  [new RegExp(`^/person/${ID}/new-plan$`), (m) => ({ name: 'new-plan', personId: m[1] ?? '' })],
  [new RegExp(`^/plan/${ID}$`), (m) => ({ name: 'plan', planId: m[1] ?? '' })],
  [
    new RegExp(`^/plan/${ID}/lane/${ID}/add$`),
    (m) => ({ name: 'add-card', planId: m[1] ?? '', laneId: m[2] ?? '' }),
  ],
  [/^\/settings$/, () => ({ name: 'settings' })],
  [/^\/about$/, () => ({ name: 'about' })],
];

/** Reads a route from a location hash such as `#/plan/abc`; unknown hashes go to the start. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  for (const [pattern, make] of PATTERNS) {
    const match = pattern.exec(path);
    if (match) return make([...match]);
  }
  return { name: 'people' };
}

/** The hash address of a route, for links and navigation. */
export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'people':
      return '#/';
    case 'add-person':
      return '#/people/new';
    case 'home':
      return `#/person/${route.personId}`;
    case 'new-plan':
      return `#/person/${route.personId}/new-plan`;
    case 'plan':
      return `#/plan/${route.planId}`;
    case 'add-card':
      return `#/plan/${route.planId}/lane/${route.laneId}/add`;
    case 'settings':
      return '#/settings';
    case 'about':
      return '#/about';
  }
}

/** Goes to a route (adds a browser history entry, so Back works). */
export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

// The screens of the app and their addresses (in the URL hash, so reload keeps the place).

/** A screen and what it shows. */
export type Route =
  | { name: 'people' }
  | { name: 'add-person' }
  | { name: 'home'; personId: string }
  | { name: 'new-plan'; personId: string }
  | { name: 'how-i-like-it'; personId: string }
  | { name: 'plan'; personId: string; planId: string }
  | { name: 'add-card'; personId: string; planId: string; laneId: string }
  | { name: 'card'; personId: string; cardId: string }
  | { name: 'settings' }
  | { name: 'about' };

const ID = '([A-Za-z0-9-]+)';
const PATTERNS: [RegExp, (m: string[]) => Route][] = [
  [/^\/?$/, () => ({ name: 'people' })],
  [/^\/people\/new$/, () => ({ name: 'add-person' })],
  [new RegExp(`^/person/${ID}$`), (m) => ({ name: 'home', personId: m[1] ?? '' })],
  [new RegExp(`^/person/${ID}/new-plan$`), (m) => ({ name: 'new-plan', personId: m[1] ?? '' })],
  [
    new RegExp(`^/person/${ID}/how-i-like-it$`),
    (m) => ({ name: 'how-i-like-it', personId: m[1] ?? '' }),
  ],
  [
    new RegExp(`^/person/${ID}/plan/${ID}$`),
    (m) => ({ name: 'plan', personId: m[1] ?? '', planId: m[2] ?? '' }),
  ],
  [
    new RegExp(`^/person/${ID}/plan/${ID}/lane/${ID}/add$`),
    (m) => ({ name: 'add-card', personId: m[1] ?? '', planId: m[2] ?? '', laneId: m[3] ?? '' }),
  ],
  [
    new RegExp(`^/person/${ID}/card/${ID}$`),
    (m) => ({ name: 'card', personId: m[1] ?? '', cardId: m[2] ?? '' }),
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
    case 'how-i-like-it':
      return `#/person/${route.personId}/how-i-like-it`;
    case 'plan':
      return `#/person/${route.personId}/plan/${route.planId}`;
    case 'add-card':
      return `#/person/${route.personId}/plan/${route.planId}/lane/${route.laneId}/add`;
    case 'card':
      return `#/person/${route.personId}/card/${route.cardId}`;
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

/** The person whose screen this is, when the route belongs to one. */
export function personIdOf(route: Route): string | undefined {
  return 'personId' in route ? route.personId : undefined;
}

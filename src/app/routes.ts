// The screens of the app and their addresses (in the URL hash, so reload keeps the place).

/** A screen and what it shows. */
export type Route =
  | { name: 'people' }
  | { name: 'add-person' }
  | { name: 'home'; personId: string }
  | { name: 'new-plan'; personId: string }
  | { name: 'how-i-like-it'; personId: string }
  | { name: 'picture-code'; personId: string }
  | { name: 'plan'; personId: string; planId: string }
  | { name: 'add-card'; personId: string; planId: string; laneId: string }
  | { name: 'card'; personId: string; cardId: string }
  | { name: 'meeting-new'; personId: string }
  | { name: 'meeting'; personId: string; meetingId: string }
  | { name: 'meeting-summary'; personId: string; meetingId: string }
  | { name: 'share'; personId: string; planId: string }
  | { name: 'open-file'; personId: string }
  | { name: 'backup'; personId: string }
  | { name: 'remove-person'; personId: string }
  | { name: 'restore' }
  | { name: 'progress'; personId: string }
  | { name: 'goal-progress'; personId: string; cardId: string }
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
    new RegExp(`^/person/${ID}/picture-code$`),
    (m) => ({ name: 'picture-code', personId: m[1] ?? '' }),
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
  [
    new RegExp(`^/person/${ID}/meeting/new$`),
    (m) => ({ name: 'meeting-new', personId: m[1] ?? '' }),
  ],
  [
    new RegExp(`^/person/${ID}/meeting/${ID}$`),
    (m) => ({ name: 'meeting', personId: m[1] ?? '', meetingId: m[2] ?? '' }),
  ],
  [
    new RegExp(`^/person/${ID}/meeting/${ID}/summary$`),
    (m) => ({ name: 'meeting-summary', personId: m[1] ?? '', meetingId: m[2] ?? '' }),
  ],
  [
    new RegExp(`^/person/${ID}/plan/${ID}/share$`),
    (m) => ({ name: 'share', personId: m[1] ?? '', planId: m[2] ?? '' }),
  ],
  [new RegExp(`^/person/${ID}/open$`), (m) => ({ name: 'open-file', personId: m[1] ?? '' })],
  [new RegExp(`^/person/${ID}/backup$`), (m) => ({ name: 'backup', personId: m[1] ?? '' })],
  [new RegExp(`^/person/${ID}/remove$`), (m) => ({ name: 'remove-person', personId: m[1] ?? '' })],
  [/^\/restore$/, () => ({ name: 'restore' })],
  [new RegExp(`^/person/${ID}/progress$`), (m) => ({ name: 'progress', personId: m[1] ?? '' })],
  [
    new RegExp(`^/person/${ID}/progress/${ID}$`),
    (m) => ({ name: 'goal-progress', personId: m[1] ?? '', cardId: m[2] ?? '' }),
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
    case 'picture-code':
      return `#/person/${route.personId}/picture-code`;
    case 'plan':
      return `#/person/${route.personId}/plan/${route.planId}`;
    case 'add-card':
      return `#/person/${route.personId}/plan/${route.planId}/lane/${route.laneId}/add`;
    case 'card':
      return `#/person/${route.personId}/card/${route.cardId}`;
    case 'meeting-new':
      return `#/person/${route.personId}/meeting/new`;
    case 'meeting':
      return `#/person/${route.personId}/meeting/${route.meetingId}`;
    case 'meeting-summary':
      return `#/person/${route.personId}/meeting/${route.meetingId}/summary`;
    case 'share':
      return `#/person/${route.personId}/plan/${route.planId}/share`;
    case 'open-file':
      return `#/person/${route.personId}/open`;
    case 'backup':
      return `#/person/${route.personId}/backup`;
    case 'remove-person':
      return `#/person/${route.personId}/remove`;
    case 'restore':
      return '#/restore';
    case 'progress':
      return `#/person/${route.personId}/progress`;
    case 'goal-progress':
      return `#/person/${route.personId}/progress/${route.cardId}`;
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

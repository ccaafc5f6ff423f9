// Whose choices the page follows (look, read-aloud, switches): the person whose screen this is,
// or, on screens of the whole tablet (people, settings, about), the last person shown in this
// visit, so a switch user can reach Settings and come back, and big text stays big.
import { useEffect } from 'react';
import { personIdOf } from '../app/routes';
import { useRoute } from '../app/useRoute';

let lastShown: string | undefined;

/** The id of the person whose choices apply now, or undefined before any person was shown. */
export function useShownPersonId(): string | undefined {
  const personId = personIdOf(useRoute());
  useEffect(() => {
    if (personId) lastShown = personId;
  }, [personId]);
  return personId ?? lastShown;
}

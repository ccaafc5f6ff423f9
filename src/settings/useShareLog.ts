// The list of shares for Settings, live: each share with its person, the helpers it went to,
// and the pictures of the cards it held that are still on this tablet.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Card, Person, ShareRecord, Supporter } from '../domain/types';
import { getCard, listPeople, listShares, listSupporters } from '../storage';

/** How many card pictures one line of the list shows at most. */
const MAX_PICTURES = 8;

/** One share as Settings lists it. */
export interface ShareLogEntry {
  share: ShareRecord;
  person?: Person;
  with: Supporter[];
  /** Some of the shared cards still on this tablet (none for a copy of everything). */
  cards: Card[];
}

async function cardsOf(share: ShareRecord): Promise<Card[]> {
  // A copy of everything holds private cards: the list shows how many, never their pictures.
  if (share.kind === 'backup') return [];
  const cards = await Promise.all(share.cardIds.slice(0, MAX_PICTURES).map((id) => getCard(id)));
  return cards.filter((card): card is Card => card !== undefined && card.isPrivate !== true);
}

/** Every share on this tablet, newest first; undefined while reading. */
export function useShareLog(): ShareLogEntry[] | undefined {
  return useLiveQuery(async () => {
    const shares = [...(await listShares())].sort((a, b) => b.at - a.at);
    const people = new Map((await listPeople()).map((person) => [person.id, person]));
    const helpers = new Map<string, Supporter[]>();
    for (const personId of new Set(shares.map((share) => share.personId))) {
      helpers.set(personId, await listSupporters(personId));
    }
    return Promise.all(
      shares.map(async (share) => ({
        share,
        person: people.get(share.personId),
        with: (helpers.get(share.personId) ?? []).filter((s) => share.withIds.includes(s.id)),
        cards: await cardsOf(share),
      })),
    );
  }, []);
}

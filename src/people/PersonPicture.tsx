// A person's picture, with their name as its text alternative.
import type { Person } from '../domain/types';
import { SymbolImage } from '../ui/SymbolImage';

/** Fallback picture for a person whose own picture is missing. */
const PERSON_SYMBOL = '1f464';

/** Shows the picture a person chose for themself. */
export function PersonPicture({
  person,
  size = 96,
  alt,
}: {
  person: Person;
  size?: number;
  alt?: string;
}) {
  const symbolId = person.picture.kind === 'symbol' ? person.picture.symbolId : PERSON_SYMBOL;
  return (
    <SymbolImage
      symbolId={symbolId}
      alt={alt ?? person.name}
      size={size}
      className="person-picture"
    />
  );
}

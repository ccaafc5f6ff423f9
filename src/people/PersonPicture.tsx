// A person's picture (a symbol or their own photo), with their name as its text alternative.
import type { Person } from '../domain/types';
import { PictureView } from '../pictures';

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
  return (
    <PictureView
      picture={person.picture}
      alt={alt ?? person.name}
      size={size}
      className="person-picture"
    />
  );
}

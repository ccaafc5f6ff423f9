// Which person's screen is showing, so shared pieces (read aloud…) follow that person's choices.
import { personIdOf } from '../app/routes';
import { useRoute } from '../app/useRoute';

/** The id of the person whose screen this is, or undefined on screens of the whole tablet. */
export function useRoutePersonId(): string | undefined {
  return personIdOf(useRoute());
}

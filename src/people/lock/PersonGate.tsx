// Shows a person's screens only to that person. With a picture code, their lock screen comes
// first; an address that names another person's plan, card or meeting shows nothing of it. When
// a person's plans close (My Plan locks, or another person or the people screen comes), their
// screens are unmounted and their words leave the live region, speech and the window title.
import { useEffect, useLayoutEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { personIdOf, type Route } from '../../app/routes';
import { forgetUnusedPictures } from '../../pictures';
import { NotFoundScreen } from '../../ui/NotFoundScreen';
import { HomeLink } from '../HomeLink';
import { AutoLock } from './AutoLock';
import { forgetShownWords } from './forgetShownWords';
import { LockScreen } from './LockScreen';
import { lockEveryone, useUnlockedPersonId } from './lockState';
import { useLockSummaries } from './lockSummaries';
import { useIsOthersThing } from './useRouteOwner';

/** Screens where the tablet changes hands: whoever was let in is locked. */
const HANDOVER = new Set<Route['name']>(['people', 'add-person']);

/** The person whose screens were shown last (screens of the whole tablet keep them). */
let shownPersonId: string | undefined;

/** Locks and forgets the person shown before when the route belongs to someone else. */
function useHandover(route: Route, personId: string | undefined): void {
  const isHandover = HANDOVER.has(route.name);
  useLayoutEffect(() => {
    if (!personId && !isHandover) return;
    const previous = shownPersonId;
    shownPersonId = personId;
    if (previous === undefined || previous === personId) return;
    lockEveryone();
    forgetShownWords();
  }, [personId, isHandover]);
  // After the screens that showed a person's photos are gone, their addresses go too.
  useEffect(() => forgetUnusedPictures(), [personId]);
}

/** Renders `children` (the route's screen) only when its person may see it. */
export function PersonGate({ route, children }: { route: Route; children: ReactNode }) {
  const { t } = useTranslation();
  const personId = personIdOf(route);
  const summaries = useLockSummaries();
  const isOthersThing = useIsOthersThing(route);
  const unlockedId = useUnlockedPersonId();
  useHandover(route, personId);
  const isLocked =
    personId !== undefined && summaries?.get(personId)?.hasCode === true && unlockedId !== personId;
  useLayoutEffect(() => {
    if (isLocked) document.title = t('lock.title');
  }, [isLocked, t]);
  useEffect(() => {
    if (isLocked) forgetUnusedPictures();
  }, [isLocked]);

  let screen = children;
  if (!summaries) {
    screen = null;
  } else if (personId && isOthersThing) {
    screen = (
      <NotFoundScreen message={t('lock.notHere')} start={<HomeLink personId={personId} />} />
    );
  } else if (personId && isLocked) {
    screen = <LockScreen key={personId} personId={personId} />;
  }
  return (
    <>
      <AutoLock summary={unlockedId ? summaries?.get(unlockedId) : undefined} />
      {screen}
    </>
  );
}

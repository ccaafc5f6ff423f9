// Shows the screen for the current route. The first screen is in the main bundle; the others
// load when first opened (they are precached, so this works offline too). Each is imported from
// its own file, not its feature's index: a lazy import of an index that the first screen also
// uses would pull every screen of that feature into the first screen's JavaScript.
import { lazy, Suspense, useState } from 'react';
import { HomeScreen, PeopleScreen } from '../people';
import { PersonGate } from '../people/lock';
import type { Route } from './routes';
import { useRoute } from './useRoute';

/**
 * Drag and drop, loaded with the first screen that moves things (board, card) and then kept for
 * every screen: one provider for the whole visit, as react-dnd's HTML5 backend allows only one.
 */
const DragAndDrop = lazy(() => import('./DragAndDrop').then((m) => ({ default: m.DragAndDrop })));
const MOVES_THINGS = new Set<Route['name']>(['plan', 'card']);

const BoardScreen = lazy(() =>
  import('../plans/BoardScreen').then((m) => ({ default: m.BoardScreen })),
);
const NewPlanScreen = lazy(() =>
  import('../plans/NewPlanScreen').then((m) => ({ default: m.NewPlanScreen })),
);
const AddCardScreen = lazy(() =>
  import('../cards/AddCardScreen').then((m) => ({ default: m.AddCardScreen })),
);
const CardScreen = lazy(() =>
  import('../cards/CardScreen').then((m) => ({ default: m.CardScreen })),
);
const AddPersonScreen = lazy(() =>
  import('../people/AddPersonScreen').then((m) => ({ default: m.AddPersonScreen })),
);
const HowILikeItScreen = lazy(() =>
  import('../people/HowILikeItScreen').then((m) => ({ default: m.HowILikeItScreen })),
);
const PictureCodeScreen = lazy(() =>
  import('../people/lock/PictureCodeScreen').then((m) => ({ default: m.PictureCodeScreen })),
);
const SettingsScreen = lazy(() =>
  import('../settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
);
const AboutScreen = lazy(() =>
  import('../settings/AboutScreen').then((m) => ({ default: m.AboutScreen })),
);
const MeetingSetupScreen = lazy(() =>
  import('../meetings/MeetingSetupScreen').then((m) => ({ default: m.MeetingSetupScreen })),
);
const MeetingScreen = lazy(() =>
  import('../meetings/MeetingScreen').then((m) => ({ default: m.MeetingScreen })),
);
const MeetingSummaryScreen = lazy(() =>
  import('../meetings/MeetingSummaryScreen').then((m) => ({ default: m.MeetingSummaryScreen })),
);
const ShareScreen = lazy(() =>
  import('../sharing/ShareScreen').then((m) => ({ default: m.ShareScreen })),
);
const OpenFileScreen = lazy(() =>
  import('../sharing/OpenFileScreen').then((m) => ({ default: m.OpenFileScreen })),
);
const BackupScreen = lazy(() =>
  import('../sharing/BackupScreen').then((m) => ({ default: m.BackupScreen })),
);
const RemovePersonScreen = lazy(() =>
  import('../settings/RemovePersonScreen').then((m) => ({ default: m.RemovePersonScreen })),
);
const RestoreScreen = lazy(() =>
  import('../sharing/RestoreScreen').then((m) => ({ default: m.RestoreScreen })),
);
const ProgressScreen = lazy(() =>
  import('../progress/ProgressScreen').then((m) => ({ default: m.ProgressScreen })),
);
const GoalProgressScreen = lazy(() =>
  import('../progress/GoalProgressScreen').then((m) => ({ default: m.GoalProgressScreen })),
);

function CurrentScreen({ route }: { route: Route }) {
  switch (route.name) {
    case 'people':
      return <PeopleScreen />;
    case 'add-person':
      return <AddPersonScreen />;
    case 'home':
      return <HomeScreen key={route.personId} personId={route.personId} />;
    case 'new-plan':
      return <NewPlanScreen key={route.personId} personId={route.personId} />;
    case 'plan':
      return <BoardScreen key={route.planId} personId={route.personId} planId={route.planId} />;
    case 'add-card':
      return (
        <AddCardScreen
          key={`${route.planId}/${route.laneId}`}
          personId={route.personId}
          planId={route.planId}
          laneId={route.laneId}
        />
      );
    case 'card':
      return <CardScreen key={route.cardId} personId={route.personId} cardId={route.cardId} />;
    case 'how-i-like-it':
      return <HowILikeItScreen key={route.personId} personId={route.personId} />;
    case 'picture-code':
      return <PictureCodeScreen key={route.personId} personId={route.personId} />;
    case 'meeting-new':
      return <MeetingSetupScreen key={route.personId} personId={route.personId} />;
    case 'meeting':
      return (
        <MeetingScreen
          key={route.meetingId}
          personId={route.personId}
          meetingId={route.meetingId}
        />
      );
    case 'meeting-summary':
      return (
        <MeetingSummaryScreen
          key={route.meetingId}
          personId={route.personId}
          meetingId={route.meetingId}
        />
      );
    case 'share':
      return <ShareScreen key={route.planId} personId={route.personId} planId={route.planId} />;
    case 'open-file':
      return <OpenFileScreen key={route.personId} personId={route.personId} />;
    case 'backup':
      return <BackupScreen key={route.personId} personId={route.personId} />;
    case 'remove-person':
      return <RemovePersonScreen key={route.personId} personId={route.personId} />;
    case 'restore':
      return <RestoreScreen />;
    case 'progress':
      return <ProgressScreen key={route.personId} personId={route.personId} />;
    case 'goal-progress':
      return (
        <GoalProgressScreen key={route.cardId} personId={route.personId} cardId={route.cardId} />
      );
    case 'settings':
      return <SettingsScreen />;
    case 'about':
      return <AboutScreen />;
  }
}

/**
 * The current screen, behind its person's picture code (PersonGate). Each screen is keyed by its
 * address so it starts fresh.
 */
export function Screens() {
  const route = useRoute();
  const [hasDragAndDrop, setHasDragAndDrop] = useState(false);
  if (MOVES_THINGS.has(route.name) && !hasDragAndDrop) setHasDragAndDrop(true);
  const screen = (
    <Suspense fallback={null}>
      <PersonGate route={route}>
        <CurrentScreen route={route} />
      </PersonGate>
    </Suspense>
  );
  if (!hasDragAndDrop) return screen;
  return (
    <Suspense fallback={null}>
      <DragAndDrop>{screen}</DragAndDrop>
    </Suspense>
  );
}

// Shows the screen for the current route. The first screen is in the main bundle; the others
// load when first opened (they are precached, so this works offline too).
import { lazy, Suspense } from 'react';
import { AddPersonScreen, HomeScreen, PeopleScreen } from '../people';
import { useRoute } from './useRoute';

const BoardScreen = lazy(() => import('../plans').then((m) => ({ default: m.BoardScreen })));
const NewPlanScreen = lazy(() => import('../plans').then((m) => ({ default: m.NewPlanScreen })));
const AddCardScreen = lazy(() => import('../cards').then((m) => ({ default: m.AddCardScreen })));
const CardScreen = lazy(() => import('../cards').then((m) => ({ default: m.CardScreen })));
const HowILikeItScreen = lazy(() =>
  import('../people').then((m) => ({ default: m.HowILikeItScreen })),
);
const SettingsScreen = lazy(() =>
  import('../settings').then((m) => ({ default: m.SettingsScreen })),
);
const AboutScreen = lazy(() => import('../settings').then((m) => ({ default: m.AboutScreen })));
const MeetingSetupScreen = lazy(() =>
  import('../meetings').then((m) => ({ default: m.MeetingSetupScreen })),
);
const MeetingScreen = lazy(() => import('../meetings').then((m) => ({ default: m.MeetingScreen })));
const MeetingSummaryScreen = lazy(() =>
  import('../meetings').then((m) => ({ default: m.MeetingSummaryScreen })),
);
const ShareScreen = lazy(() => import('../sharing').then((m) => ({ default: m.ShareScreen })));
const OpenFileScreen = lazy(() =>
  import('../sharing').then((m) => ({ default: m.OpenFileScreen })),
);
const BackupScreen = lazy(() => import('../sharing').then((m) => ({ default: m.BackupScreen })));
const RestoreScreen = lazy(() => import('../sharing').then((m) => ({ default: m.RestoreScreen })));
const ProgressScreen = lazy(() =>
  import('../progress').then((m) => ({ default: m.ProgressScreen })),
);
const GoalProgressScreen = lazy(() =>
  import('../progress').then((m) => ({ default: m.GoalProgressScreen })),
);

function CurrentScreen() {
  const route = useRoute();
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

/** The current screen. Each screen is keyed by its address so it starts fresh. */
export function Screens() {
  return (
    <Suspense fallback={null}>
      <CurrentScreen />
    </Suspense>
  );
}

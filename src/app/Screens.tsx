// Shows the screen for the current route.
import { AddCardScreen } from '../cards';
import { AddPersonScreen, HomeScreen, PeopleScreen } from '../people';
import { BoardScreen, NewPlanScreen } from '../plans';
import { AboutScreen, SettingsScreen } from '../settings';
import { useRoute } from './useRoute';

/** The current screen. Each screen is keyed by its address so it starts fresh. */
export function Screens() {
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
      return <BoardScreen key={route.planId} planId={route.planId} />;
    case 'add-card':
      return (
        <AddCardScreen
          key={`${route.planId}/${route.laneId}`}
          planId={route.planId}
          laneId={route.laneId}
        />
      );
    case 'settings':
      return <SettingsScreen />;
    case 'about':
      return <AboutScreen />;
  }
}

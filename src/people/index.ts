// The people feature: who uses this tablet, adding a person, a person's home.
export { PeopleScreen } from './PeopleScreen';
export { AddPersonScreen } from './AddPersonScreen';
export { HomeScreen } from './HomeScreen';
export { PersonPicture } from './PersonPicture';
export { usePerson } from './usePeople';
export { HowILikeItScreen } from './HowILikeItScreen';
export { usePreferences } from './usePreferences';
export { useShownPersonId } from './useRoutePerson';
export { HomeLink } from './HomeLink';

// The cards feature: making cards, and the screen with everything about one card.
export { AddCardScreen } from './AddCardScreen';
export { CardScreen } from './CardScreen';
export { useCard } from './useCard';
export { AddSupporterForm } from './AddSupporterForm';
export { CalendarPage } from './CalendarPage';
export { useSupporters } from './useCard';
export { CardNoteList } from './CardNoteList';

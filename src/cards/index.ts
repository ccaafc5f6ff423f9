// The cards feature: making cards, and the screen with everything about one card.
export { AddCardScreen } from './AddCardScreen';
export { CardScreen } from './CardScreen';
export { useCard } from './useCard';

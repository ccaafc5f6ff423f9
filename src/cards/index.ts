// The cards feature: making cards.
export { AddCardScreen } from './AddCardScreen';

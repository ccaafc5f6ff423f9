// The plans feature: choosing a template and working on a board.
export { BoardScreen } from './BoardScreen';
export { NewPlanScreen } from './NewPlanScreen';
export { planTitle, laneTitle } from './planTitle';
export { usePlans, usePlan } from './usePlans';

// The progress feature: a person's goals and meeting feedback over time, and one goal's story.
export { ProgressScreen } from './ProgressScreen';
export { GoalProgressScreen } from './GoalProgressScreen';

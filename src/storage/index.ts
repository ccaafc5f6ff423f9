// The storage layer's public face: features use these functions, never Dexie itself.
export { openDatabase, databaseStatus, type DatabaseStatus, type ReadOnlyReason } from './database';
export { onDatabaseEvent, databaseState, type DatabaseState } from './connection';
export { StorageError, type StorageProblem } from './errors';
export { listPeople, getPerson, addPerson, updatePreferences } from './peopleRepo';
export { listPlans, getPlan, createPlan } from './plansRepo';
export {
  listCards,
  getCard,
  addCard,
  moveCard,
  updateCard,
  deleteCard,
  type NewCard,
  type CardChange,
} from './cardsRepo';
export { undo, redo, undoState, type UndoState } from './historyRepo';
export {
  getDeviceSettings,
  updateDeviceSettings,
  hideBackupReminder,
  lastBackupTimes,
} from './settingsRepo';
export { requestPersistence, readStorageReport, type StorageReport } from './persistence';
export { addLane, renameLane, moveLane, removeLane } from './lanesRepo';
export { addPicture, getPicture, getPictures, type NewPicture } from './picturesRepo';
export { listSupporters, addSupporter, type NewSupporter } from './supportersRepo';
export {
  addRecording,
  addCardRecording,
  getRecording,
  deleteRecording,
  MAX_RECORDING_MS,
  type NewRecording,
} from './recordingsRepo';
export {
  listMeetings,
  getMeeting,
  startMeeting,
  updateMeeting,
  type NewMeeting,
  type MeetingChange,
} from './meetingsRepo';
export {
  readPersonPlans,
  readGoalRecords,
  type PlanRecords,
  type GoalRecords,
} from './progressRepo';
export { addCardNote, type NewCardNote } from './cardNotesRepo';
export {
  rateInMeeting,
  addMeetingAction,
  withMeetingRating,
  type MeetingAnswer,
  type AgreedAction,
} from './meetingCardsRepo';
export {
  collectPlanBundle,
  collectPersonBundle,
  existingPlanIds,
  importPlanBundle,
  restorePersonBundle,
  type ShareChoice,
} from './bundles';
export { recordShare, listShares, type NewShare } from './sharesRepo';
export { watchPerson } from './watchPerson';
export {
  countPersonData,
  deletePerson,
  restorePerson,
  type PersonDataCount,
  type PersonSnapshot,
} from './personRemoval';
export {
  setPictureCode,
  tryPictureCode,
  removePictureCode,
  resetPictureCode,
  setIdleMinutes,
  markResetsSeen,
  type CodeTry,
} from './lockRepo';
export {
  getLockSummary,
  watchLockSummaries,
  ownerOf,
  type LockSummary,
  type Owned,
} from './lockReads';

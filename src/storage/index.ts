// The storage layer's public face: features use these functions, never Dexie itself.
export { openDatabase, databaseStatus, type DatabaseStatus } from './database';
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
export { getDeviceSettings, updateDeviceSettings } from './settingsRepo';
export { requestPersistence, readStorageReport, type StorageReport } from './persistence';
export { addLane, renameLane, moveLane, removeLane } from './lanesRepo';
export { addPicture, getPicture, type NewPicture } from './picturesRepo';
export { listSupporters, addSupporter, type NewSupporter } from './supportersRepo';
export {
  addRecording,
  getRecording,
  deleteRecording,
  MAX_RECORDING_MS,
  type NewRecording,
} from './recordingsRepo';

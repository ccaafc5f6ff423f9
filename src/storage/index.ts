// The storage layer's public face: features use these functions, never Dexie itself.
export { openDatabase, databaseStatus, type DatabaseStatus } from './database';
export { StorageError, type StorageProblem } from './errors';
export { listPeople, getPerson, addPerson } from './peopleRepo';
export { listPlans, getPlan, createPlan } from './plansRepo';
export { listCards, addCard, moveCard, type NewCard } from './cardsRepo';
export { undo, redo, undoState, type UndoState } from './historyRepo';
export { getDeviceSettings, updateDeviceSettings } from './settingsRepo';
export { requestPersistence, readStorageReport, type StorageReport } from './persistence';

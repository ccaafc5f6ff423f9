// Every function the storage layer exports, sorted into reads and writes; each write with a call
// that really changes the seeded tablet (so a full disk has something to take back).
import { TEMPLATES } from '../../src/domain/templates';
import * as storage from '../../src/storage';
import { LOCK_READS, LOCK_WRITES } from './lockWriteCases';
import { someBytes, type World } from './quotaWorld';

/** One write function and how to call it on the seeded world. */
export interface WriteCase {
  /** The exported name. */
  name: string;
  /** Work done before the fault is armed (e.g. a file to import); its result goes to `run`. */
  prepare?: (world: World) => Promise<unknown>;
  run: (world: World, ready: unknown) => Promise<unknown>;
}

/** Exported functions that never write (or only start the database). */
export const READS: readonly string[] = [
  'openDatabase',
  'databaseStatus',
  'databaseState',
  'onDatabaseEvent',
  'listPeople',
  'getPerson',
  'listPlans',
  'getPlan',
  'listCards',
  'getCard',
  'undoState',
  'getDeviceSettings',
  'lastBackupTimes',
  'requestPersistence',
  'readStorageReport',
  'getPicture',
  'getPictures',
  'listSupporters',
  'getRecording',
  'listMeetings',
  'getMeeting',
  'readPersonPlans',
  'readGoalRecords',
  'withMeetingRating',
  'collectPlanBundle',
  'collectPersonBundle',
  'existingPlanIds',
  'listShares',
  'watchPerson',
  'countPersonData',
  ...LOCK_READS,
];

const symbol = { kind: 'symbol', symbolId: '1f3e0' } as const;

const PEOPLE_AND_SETTINGS: WriteCase[] = [
  { name: 'addPerson', run: () => storage.addPerson({ name: 'Ana', picture: symbol }) },
  { name: 'updatePreferences', run: (w) => storage.updatePreferences(w.person.id, { rate: 1.2 }) },
  { name: 'updateDeviceSettings', run: () => storage.updateDeviceSettings({ theme: 'calm' }) },
  { name: 'hideBackupReminder', run: (w) => storage.hideBackupReminder(w.person.id, 5000) },
  { name: 'deletePerson', run: (w) => storage.deletePerson(w.person.id) },
  {
    name: 'restorePerson',
    prepare: (w) => storage.deletePerson(w.person.id),
    run: (_w, snapshot) => storage.restorePerson(snapshot as storage.PersonSnapshot),
  },
];

const PLANS_AND_CARDS: WriteCase[] = [
  { name: 'createPlan', run: (w) => storage.createPlan(w.person.id, TEMPLATES[1]!) },
  {
    name: 'addCard',
    run: (w) =>
      storage.addCard({
        planId: w.plan.id,
        laneId: w.laneIds[0],
        picture: symbol,
        words: 'Home',
        colour: 'blue',
      }),
  },
  { name: 'moveCard', run: (w) => storage.moveCard(w.second.id, { laneId: w.laneIds[1] }) },
  { name: 'updateCard', run: (w) => storage.updateCard(w.first.id, { words: 'Swim on Monday' }) },
  { name: 'deleteCard', run: (w) => storage.deleteCard(w.second.id) },
  { name: 'undo', run: (w) => storage.undo(w.plan.id) },
  {
    name: 'redo',
    prepare: (w) => storage.undo(w.plan.id),
    run: (w) => storage.redo(w.plan.id),
  },
  { name: 'addLane', run: (w) => storage.addLane(w.plan.id, 'Soon') },
  { name: 'renameLane', run: (w) => storage.renameLane(w.plan.id, w.laneIds[0], 'Today') },
  { name: 'moveLane', run: (w) => storage.moveLane(w.plan.id, w.laneIds[0], 1) },
  // Removes the lane and its two cards: three records and a history entry.
  { name: 'removeLane', run: (w) => storage.removeLane(w.plan.id, w.laneIds[0]) },
];

const THINGS_OF_A_PERSON: WriteCase[] = [
  {
    name: 'addPicture',
    run: (w) =>
      storage.addPicture({
        personId: w.person.id,
        bytes: someBytes(500),
        mime: 'image/png',
        source: 'drawing',
        alt: 'A drawing',
        width: 10,
        height: 10,
      }),
  },
  {
    name: 'addSupporter',
    run: (w) => storage.addSupporter({ personId: w.person.id, name: 'Mia', picture: symbol }),
  },
  {
    name: 'addRecording',
    run: (w) =>
      storage.addRecording({
        personId: w.person.id,
        bytes: someBytes(200),
        mime: 'audio/ogg',
        durationMs: 800,
      }),
  },
  {
    // The voice and the card that holds it: both, or neither.
    name: 'addCardRecording',
    run: (w) =>
      storage.addCardRecording(w.first.id, {
        personId: w.person.id,
        bytes: someBytes(200),
        mime: 'audio/webm',
        durationMs: 700,
      }),
  },
  { name: 'deleteRecording', run: (w) => storage.deleteRecording(w.recording.id) },
  {
    name: 'recordShare',
    run: (w) =>
      storage.recordShare({
        personId: w.person.id,
        kind: 'file',
        planIds: [w.plan.id],
        cardIds: [w.first.id],
        withIds: [],
        agreedAt: Date.now(),
      }),
  },
];

const MEETINGS: WriteCase[] = [
  {
    name: 'startMeeting',
    run: (w) =>
      storage.startMeeting({ personId: w.person.id, participantIds: [], planIds: [w.plan.id] }),
  },
  {
    name: 'updateMeeting',
    run: (w) => storage.updateMeeting(w.meeting.id, { feedback: { listened: 5 }, endedAt: 9000 }),
  },
  {
    name: 'addCardNote',
    run: (w) =>
      storage.addCardNote(w.first.id, {
        words: 'Went well',
        supporterId: w.helper.id,
        agreedAt: Date.now(),
      }),
  },
  {
    name: 'rateInMeeting',
    run: (w) => storage.rateInMeeting(w.meeting.id, w.first.id, { value: 4 }),
  },
  {
    name: 'addMeetingAction',
    run: (w) =>
      storage.addMeetingAction(w.meeting.id, {
        planId: w.plan.id,
        laneId: w.laneIds[1],
        picture: symbol,
        words: 'Call the doctor',
        colour: 'yellow',
        helperIds: [w.helper.id],
        when: '2027-01-15',
      }),
  },
];

const FILES: WriteCase[] = [
  {
    // 'update' clears the plan's cards and history before it puts the file's back.
    name: 'importPlanBundle',
    prepare: (w) =>
      storage.collectPlanBundle(w.person.id, {
        planIds: [w.plan.id],
        cardIds: [w.first.id, w.second.id, w.other.id],
      }),
    run: (w, bundle) =>
      storage.importPlanBundle(
        bundle as Parameters<typeof storage.importPlanBundle>[0],
        w.person.id,
        'update',
      ),
  },
  {
    // A backup of the same person: everything of theirs is removed, then written again.
    name: 'restorePersonBundle',
    prepare: (w) => storage.collectPersonBundle(w.person.id),
    run: (_w, bundle) =>
      storage.restorePersonBundle(bundle as Parameters<typeof storage.restorePersonBundle>[0]),
  },
];

/** Every exported write function, each with a call that changes the seeded world. */
export const WRITES: readonly WriteCase[] = [
  ...PEOPLE_AND_SETTINGS,
  ...PLANS_AND_CARDS,
  ...THINGS_OF_A_PERSON,
  ...MEETINGS,
  ...FILES,
  ...LOCK_WRITES,
];

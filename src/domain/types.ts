// The shapes of everything My Plan keeps: people, plans, cards, pictures, meetings, history.
// Stored as they are in IndexedDB; a change of shape needs a migration in src/storage/migrations.
import type { Language } from './languages';
import type { IdleMinutes } from './pictureCode';

/** Where a picture comes from: the shipped symbol library, or bytes stored on this device. */
export type PictureRef =
  { kind: 'symbol'; symbolId: string } | { kind: 'stored'; pictureId: string };

/** The colours a card can have; each has a name and a meaning in the plan's legend. */
export type ColourId = 'green' | 'yellow' | 'blue' | 'red' | 'purple' | 'grey';

/** The colours of the app: standard, strong (high contrast) or calm (soft, still readable). */
export type Theme = 'light' | 'high-contrast' | 'calm';

/** Text size in percent of the browser's own size: five steps up to twice as big. */
export type TextSize = 100 | 125 | 150 | 175 | 200;

/** The app's letters: the device's own, or Atkinson Hyperlegible (made to be easy to read). */
export type FontChoice = 'standard' | 'readable';

/** Pictures and words together, bigger pictures, pictures with the words hidden, or words only. */
export type PictureDisplay = 'both' | 'large' | 'pictures' | 'words';

/** Switch scanning: off, one switch (the highlight moves by itself) or two (move, choose). */
export type Scanning = 'off' | 'one' | 'two';

/** "Me" keeps the screen simple (look, move, add, listen); "Helper" shows every tool. */
export type Mode = 'me' | 'helper';

/**
 * How a person likes the app: read-aloud voice and speed, the mode, and how it looks and is used.
 * Every look field is optional: records kept before it existed stay valid and get the default.
 */
export interface Preferences {
  mode: Mode;
  /** `SpeechSynthesisVoice.voiceURI` of the chosen voice; the language's default when unset. */
  voiceURI?: string;
  /** Speech rate, 0.5 (slow) to 1.5 (fast); 1 is normal. */
  rate: number;
  /** Read aloud every button, link and field as it is touched or reached with keys. */
  readOnFocus?: boolean;
  /** Text size in percent; 100 when unset. */
  textSize?: TextSize;
  /** The person's colours; the device's theme when unset. */
  theme?: Theme;
  /** 'standard' when unset. */
  font?: FontChoice;
  /** 'both' when unset. */
  pictures?: PictureDisplay;
  /** Nothing slides or fades. Also on when the device asks for reduced motion. */
  reduceMotion?: boolean;
  /** 'off' when unset. */
  scanning?: Scanning;
  /** Seconds the scanning highlight stays on each thing (one switch); 0.5 to 5, 2 when unset. */
  scanSeconds?: number;
}

/** A helper removed a person's forgotten picture code: when, who, and when the person saw it. */
export interface LockReset {
  at: number;
  /** The helper's name, as they wrote it. */
  by: string;
  /** When the person tapped OK on the message about it; unset: the message still shows. */
  seenAt?: number;
}

/**
 * A person's picture code (src/domain/pictureCode.ts) and what goes with it. Kept when the code
 * is removed, so the idle time and the record of helpers' removals stay.
 */
export interface PictureLock {
  /** SHA-256 (hex) of `salt` and the picture ids in order; unset: no code. Never the ids. */
  codeHash?: string;
  /** 16 random bytes (hex); set exactly when `codeHash` is. */
  salt?: string;
  /** Minutes without a touch before My Plan locks. */
  idleMinutes: IdleMinutes;
  /** Wrong tries in a row. */
  failedTries: number;
  /** No try is taken before this time (ms), after too many wrong tries. */
  waitUntil?: number;
  /** Every time a helper removed the code, oldest first. Never shortened. */
  resets: LockReset[];
}

export interface Person {
  id: string;
  name: string;
  picture: PictureRef;
  preferences?: Preferences;
  /** The picture code; unset for a person who never chose one. */
  lock?: PictureLock;
  createdAt: number;
  updatedAt: number;
}

/** What a supporter is to the person; a social worker is added once and reused in meetings. */
export type SupporterRole = 'social-worker' | 'family' | 'staff' | 'friend' | 'other';

/** Someone who helps a person (family, staff, a friend), reused across all their plans. */
export interface Supporter {
  id: string;
  personId: string;
  name: string;
  picture: PictureRef;
  role?: SupporterRole;
  createdAt: number;
  updatedAt: number;
}

/** A voice recording kept on the device. Bytes, never Blob (Safari loses Blobs). */
export interface Recording {
  id: string;
  personId: string;
  bytes: ArrayBuffer;
  mime: string;
  durationMs: number;
  createdAt: number;
}

/** A column of a plan. Template lanes carry a translation key so they follow the language. */
export interface Lane {
  id: string;
  symbolId: string;
  titleKey?: string;
  title?: string;
}

/** What one colour means in one plan, e.g. green = "I want this". */
export interface LegendEntry {
  colour: ColourId;
  meaningKey?: string;
  meaning?: string;
}

/** How a plan's lanes are drawn: side by side, or as a path (PATH) from now to the dream. */
export type Layout = 'columns' | 'path';

export interface Plan {
  id: string;
  personId: string;
  templateId: string;
  layout?: Layout;
  titleKey?: string;
  title?: string;
  symbolId: string;
  lanes: Lane[];
  legend: LegendEntry[];
  createdAt: number;
  updatedAt: number;
}

export interface Card {
  id: string;
  planId: string;
  laneId: string;
  /** Fractional ordering key: cards in a lane sort by it; a move rewrites only the moved card. */
  order: string;
  picture: PictureRef;
  words: string;
  colour: ColourId;
  /** The person's own voice saying what the card is about. */
  recordingId?: string;
  steps?: CardStep[];
  /** Supporters who help with this card. */
  helperIds?: string[];
  /** A day, as `YYYY-MM-DD` (no time, no time zone). */
  when?: string;
  /** "How is it going": every rating with its date, oldest first. */
  ratings?: Rating[];
  /** Never shared unless the person turns this off. */
  isPrivate?: boolean;
  /** Notes a helper wrote, each only after the person said yes. */
  notes?: CardNote[];
  createdAt: number;
  updatedAt: number;
}

/** A helper's note on a card, written only after the person agreed on screen. */
export interface CardNote {
  id: string;
  words: string;
  /** The supporter who wrote it. */
  supporterId: string;
  /** When the person said yes to the note. */
  agreedAt: number;
  at: number;
}

/** A small step towards a card's goal, with a tick box. Order is by fractional key. */
export interface CardStep {
  id: string;
  order: string;
  words: string;
  symbolId?: string;
  isDone: boolean;
}

/** A place on a 5-step scale: faces (1 very bad … 5 very good) or a ladder (1 bottom … 5 top). */
export type ScaleStep = 1 | 2 | 3 | 4 | 5;

/** One "how is it going" answer: 1 (very bad) to 5 (very good) faces. */
export interface Rating {
  value: ScaleStep;
  at: number;
  /** "Where I want it to be" on the same scale, when asked in a meeting. */
  wish?: ScaleStep;
  /** The meeting this rating was given in. */
  meetingId?: string;
}

/** Image or other bytes kept on the device. Bytes, never Blob: Safari loses Blobs in IndexedDB. */
export interface StoredPicture {
  id: string;
  personId: string;
  bytes: ArrayBuffer;
  mime: string;
  source: 'camera' | 'upload' | 'drawing';
  alt: string;
  width: number;
  height: number;
  createdAt: number;
}

/** The person's answers at the end of a meeting, each on the 5-face scale. */
export interface MeetingFeedback {
  listened?: ScaleStep;
  decided?: ScaleStep;
  understood?: ScaleStep;
  knowNext?: ScaleStep;
}

/** A meeting about the person's plans, led by the person. */
export interface Meeting {
  id: string;
  personId: string;
  /** When the meeting started. */
  date: number;
  /** When it ended (the person gave feedback or closed it); unset while it is going on. */
  endedAt?: number;
  /** Supporters who took part (the person always does). */
  participantIds: string[];
  planIds: string[];
  /** Cards agreed in this meeting as actions (what, who helps, by when). */
  actionCardIds?: string[];
  feedback?: MeetingFeedback;
  /** The next meeting, as `YYYY-MM-DD`. */
  nextDate?: string;
  createdAt: number;
  updatedAt: number;
}

/** How something left the device. */
export type ShareKind = 'print' | 'file' | 'send' | 'backup';

/** A record of one share: what left the device, with whom, when, and that the person agreed. */
export interface ShareRecord {
  id: string;
  personId: string;
  at: number;
  kind: ShareKind;
  planIds: string[];
  /** Exactly the cards that were shared. */
  cardIds: string[];
  meetingIds?: string[];
  /** Supporters it was shared with. */
  withIds: string[];
  isLocked?: boolean;
  /** When the person said yes to this share. */
  agreedAt: number;
}

/** What kind of change a history entry records (for the words of "Undone: …"). */
export type HistoryAction =
  | 'card-add'
  | 'card-move'
  | 'card-edit'
  | 'card-delete'
  | 'plan-edit'
  | 'lane-add'
  | 'lane-edit'
  | 'lane-move'
  | 'lane-delete';

/** One record as it was before and after a change; null means "did not exist". */
export type RecordChange =
  | { table: 'cards'; key: string; before: Card | null; after: Card | null }
  | { table: 'plans'; key: string; before: Plan | null; after: Plan | null };

/** One action on a plan: every record it changed, so it can be undone and redone as one. */
export interface HistoryEntry {
  id?: number;
  planId: string;
  at: number;
  action: HistoryAction;
  changes: RecordChange[];
  /** 1 once undone (numbers, not booleans, so IndexedDB can index it). */
  undone: 0 | 1;
}

/** Settings of this device, shared by everyone who uses it. */
export interface DeviceSettings {
  language?: Language;
  theme: Theme;
  persistAskedAt?: number;
  /** When each person (by id) last tapped "Not now" on the reminder to save a copy. */
  backupNotNowAt?: Record<string, number>;
}

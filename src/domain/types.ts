// The shapes of everything My Plan keeps: people, plans, cards, pictures, meetings, history.
// Stored as they are in IndexedDB; a change of shape needs a migration in src/storage/migrations.
import type { Language } from './languages';

/** Where a picture comes from: the shipped symbol library, or bytes stored on this device. */
export type PictureRef =
  { kind: 'symbol'; symbolId: string } | { kind: 'stored'; pictureId: string };

/** The colours a card can have; each has a name and a meaning in the plan's legend. */
export type ColourId = 'green' | 'yellow' | 'blue' | 'red' | 'purple' | 'grey';

/** Device-wide look; "how I like it" per person builds on it. */
export type Theme = 'light' | 'high-contrast';

export interface Person {
  id: string;
  name: string;
  picture: PictureRef;
  createdAt: number;
  updatedAt: number;
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

export interface Plan {
  id: string;
  personId: string;
  templateId: string;
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
  createdAt: number;
  updatedAt: number;
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

export interface Meeting {
  id: string;
  personId: string;
  date: number;
  participantIds: string[];
  planIds: string[];
  nextDate?: number;
  createdAt: number;
  updatedAt: number;
}

export type HistoryAction = 'card-add' | 'card-move' | 'card-edit' | 'card-delete';

/** One change to a plan: the card before and after, so it can be undone and redone. */
export interface HistoryEntry {
  id?: number;
  planId: string;
  at: number;
  action: HistoryAction;
  cardId: string;
  before: Card | null;
  after: Card | null;
  /** 1 once undone (numbers, not booleans, so IndexedDB can index it). */
  undone: 0 | 1;
}

/** Settings of this device, shared by everyone who uses it. */
export interface DeviceSettings {
  language?: Language;
  theme: Theme;
  persistAskedAt?: number;
}

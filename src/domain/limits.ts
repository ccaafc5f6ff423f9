// The sizes the app allows, without the validation code: screens use them for their fields, and
// the zod schemas (loaded only when something is written) use them to check.

/** Longest name a person can have (fits a tile; longer is almost surely a paste mistake). */
export const MAX_NAME_LENGTH = 60;
/** Longest text on a card: a card holds a few words, not a letter. */
export const MAX_WORDS_LENGTH = 140;
/** Longest note a helper can write on a card. */
export const MAX_NOTE_LENGTH = 500;

/** The fastest and slowest switch-scanning steps offered. */
export const MIN_SCAN_SECONDS = 0.5;
export const MAX_SCAN_SECONDS = 5;

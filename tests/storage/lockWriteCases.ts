// The picture code's write functions for the full-disk table (writeCases.ts): each call really
// changes the seeded person's lock.
import * as storage from '../../src/storage';
import type { WriteCase } from './writeCases';

const CODE = ['cat', 'dog', 'fish'];
const WRONG = ['sun', 'car', 'bird'];

/** Exported lock functions that only read. */
export const LOCK_READS: readonly string[] = ['getLockSummary', 'watchLockSummaries', 'ownerOf'];

/** Every exported lock write, each with a call that changes the seeded world. */
export const LOCK_WRITES: readonly WriteCase[] = [
  { name: 'setPictureCode', run: (w) => storage.setPictureCode(w.person.id, CODE) },
  {
    // A wrong try is counted and kept.
    name: 'tryPictureCode',
    prepare: (w) => storage.setPictureCode(w.person.id, CODE),
    run: (w) => storage.tryPictureCode(w.person.id, WRONG),
  },
  {
    name: 'removePictureCode',
    prepare: (w) => storage.setPictureCode(w.person.id, CODE),
    run: (w) => storage.removePictureCode(w.person.id),
  },
  {
    name: 'resetPictureCode',
    prepare: (w) => storage.setPictureCode(w.person.id, CODE),
    run: (w) => storage.resetPictureCode(w.person.id, 'Lars'),
  },
  { name: 'setIdleMinutes', run: (w) => storage.setIdleMinutes(w.person.id, 5) },
  {
    name: 'markResetsSeen',
    prepare: async (w) => {
      await storage.setPictureCode(w.person.id, CODE);
      await storage.resetPictureCode(w.person.id, 'Lars');
    },
    run: (w) => storage.markResetsSeen(w.person.id),
  },
];

// Schema version 2: a table of shares (what left the device, with whom, when, agreed by the person).
// SHIPPED once released: never edit this file. Change the schema by adding v3.ts.
import type { Migration } from './migration';

export const v2: Migration = {
  version: 2,
  stores: {
    // DO NOT CHANGE WITHOUT A MIGRATION — doing so would wipe existing data.
    shares: 'id, personId, at',
  },
};

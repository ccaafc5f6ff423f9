// Schema version 1: the first shipped shape of the database.
// SHIPPED: never edit this file. Change the schema by adding v2.ts (see migrations/index.ts).
import type { Migration } from './migration';

export const v1: Migration = {
  version: 1,
  stores: {
    // DO NOT CHANGE WITHOUT A MIGRATION — doing so would wipe existing data.
    meta: 'key',
    people: 'id, updatedAt',
    plans: 'id, personId, updatedAt',
    cards: 'id, planId, [planId+laneId]',
    pictures: 'id, personId',
    recordings: 'id, personId',
    supporters: 'id, personId',
    meetings: 'id, personId, date',
    history: '++id, planId, [planId+undone]',
    settings: 'key',
  },
};

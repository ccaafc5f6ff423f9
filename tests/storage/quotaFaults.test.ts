// A full disk never changes stored data: every write function of the storage layer, given a
// quota failure at the IndexedDB level in both shapes browsers use, rejects with 'full' and leaves
// every table exactly as it was (checked by a hash of each table). A guard keeps the list complete.
import { afterEach, describe, expect, it } from 'vitest';
import * as storage from '../../src/storage';
import { setDatabase } from '../../src/storage/database';
import { MyPlanDb } from '../../src/storage/db';
import {
  armQuotaFault,
  countWrites,
  disarmQuotaFault,
  type FaultShape,
} from '../support/quotaFaults';
import { tableHashes } from '../support/tableHashes';
import { READS, WRITES, type WriteCase } from './writeCases';
import { seedWorld } from './quotaWorld';

const opened: MyPlanDb[] = [];

/** A new, empty database for one phase of a test. */
async function freshDatabase(): Promise<void> {
  const database = new MyPlanDb(`quota-${opened.length}-${Math.random().toString(36).slice(2)}`);
  opened.push(database);
  setDatabase(database);
  await database.open();
}

/** Seeds a fresh database and gets the case ready; returns the call to make. */
async function readyCase(write: WriteCase): Promise<() => Promise<unknown>> {
  await freshDatabase();
  const world = await seedWorld();
  const ready = await write.prepare?.(world);
  return () => write.run(world, ready);
}

afterEach(async () => {
  disarmQuotaFault();
  for (const database of opened.splice(0)) {
    database.close();
    await database.delete();
  }
});

function isFunction(value: unknown): boolean {
  return typeof value === 'function' && !/^class\b/.test(Function.prototype.toString.call(value));
}

describe('the list of write functions', () => {
  it('names every function the storage layer exports, as a read or a write', () => {
    const exported = Object.entries(storage)
      .filter(([, value]) => isFunction(value))
      .map(([name]) => name)
      .sort();
    const known = [...READS, ...WRITES.map((write) => write.name)].sort();
    expect(exported).toEqual(known);
  });
});

const SHAPES: FaultShape[] = ['quota', 'abort-at-commit'];

describe.each(SHAPES)('a full disk (%s)', (shape) => {
  it.each(WRITES.map((write) => [write.name, write] as const))(
    '%s rejects with "full" and changes nothing',
    async (_name, write) => {
      // A first run on its own database counts the writes, so the fault hits the last one:
      // everything before it really happened and must be taken back.
      const writes = await countWrites(await readyCase(write));
      expect(writes).toBeGreaterThan(0);

      const call = await readyCase(write);
      const before = await tableHashes();
      const hasFired = armQuotaFault(shape, shape === 'quota' ? writes : 1);
      const outcome = await call().then(
        () => 'stored',
        (error: unknown) => error,
      );
      disarmQuotaFault();

      expect(hasFired()).toBe(true);
      expect(outcome).toBeInstanceOf(storage.StorageError);
      expect(outcome).toMatchObject({ problem: 'full' });
      expect(await tableHashes()).toEqual(before);
    },
  );
});

// Every fuzzed file, by group, made from the two good files with one seed: the same files on
// every run and every machine.
import type { Bases, FuzzFile } from './baseFiles';
import { flippedFiles, garbageFiles, truncatedFiles } from './byteMutations';
import { bombFiles } from './bombMutations';
import { hugeFiles } from './hugeMutations';
import { badJsonFiles, prototypeKeyFiles, wrongTypeFiles } from './jsonMutations';
import { lockedFiles } from './lockedMutations';
import { manifestFiles } from './manifestMutations';
import { mediaFiles } from './mediaMutations';
import { oddNameFiles } from './nameMutations';
import { seeded } from './random';
import { allowedOddFiles, brokenRecordFiles, hostileTextFiles } from './recordMutations';
import { validFiles } from './validFiles';
import { lyingZipFiles } from './zipMutations';

/** The seed of every random choice in the fuzz. */
export const FUZZ_SEED = 20_260_301;

/** A group of files and how to make them. */
export type Group = [name: string, make: (bases: Bases) => FuzzFile[] | Promise<FuzzFile[]>];

/** The groups, each made with its own seeded random source. */
export const GROUPS: Group[] = [
  ['flipped bytes', (b) => flippedFiles(b, seeded(FUZZ_SEED + 1), 100)],
  ['cut short', (b) => truncatedFiles(b, seeded(FUZZ_SEED + 2), 40)],
  ['garbage', (b) => garbageFiles(b, seeded(FUZZ_SEED + 3), 25)],
  ['not JSON', (b) => badJsonFiles(b)],
  ['wrong types', (b) => wrongTypeFiles(b, seeded(FUZZ_SEED + 4), 120)],
  ['prototype keys', (b) => prototypeKeyFiles(b, seeded(FUZZ_SEED + 5), 30)],
  ['huge strings and nesting', (b) => hugeFiles(b, seeded(FUZZ_SEED + 6), 40)],
  ['records that do not fit', (b) => brokenRecordFiles(b)],
  ['odd but allowed', (b) => [...allowedOddFiles(b), ...hostileTextFiles(b)]],
  ['good files', (b) => validFiles(b)],
  ['lying headers', (b) => lyingZipFiles(b)],
  ['zip bombs', (b) => bombFiles(b)],
  ['odd names', (b) => oddNameFiles(b)],
  ['manifests', (b) => manifestFiles(b)],
  ['pictures that are not', (b) => mediaFiles(b)],
  ['locked files', (b) => lockedFiles(b)],
];

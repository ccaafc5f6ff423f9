// What must be true after each fuzzed file: its words exist in every language, nothing outside
// what it may change has changed, nothing was polluted, and what it stored still holds together.
import { readFileSync } from 'node:fs';
import { collectPersonBundle } from '../../../src/storage';
import type { FuzzFile } from './baseFiles';
import { quickCanonical } from './quickHash';
import type { Outcome } from './runImport';
import { NOOR, SAM, personHash } from './seedTablet';
import { oddIdsStored } from './validFiles';

const LANGUAGES = ['en', 'da', 'pt', 'ar'] as const;
const locales = Object.fromEntries(
  LANGUAGES.map((lng) => [lng, JSON.parse(readFileSync(`locales/${lng}.json`, 'utf8')) as unknown]),
);

/** The languages in which `key` is not a sentence (empty when it is one in all of them). */
export function missingWords(key: string): string[] {
  return LANGUAGES.filter((lng) => {
    let at: unknown = locales[lng];
    for (const part of key.split('.')) {
      at =
        at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined;
    }
    return typeof at !== 'string' || at.trim().length === 0;
  });
}

/** Whether anything reached Object.prototype (a `__proto__` key that was not kept out). */
export function isPolluted(): boolean {
  const probe = {} as Record<string, unknown>;
  return (
    ['polluted', 'isAdmin', 'locked'].some((key) => key in probe) ||
    probe.toString !== Object.prototype.toString
  );
}

/** The hashes of the people a file may not change, before it is fed. */
export async function othersBefore(file: FuzzFile): Promise<Map<string, string>> {
  const untouched = [SAM, NOOR].filter(
    (person) => person !== file.replaces && !(file.route === 'open' && person === SAM),
  );
  return new Map(await Promise.all(untouched.map(async (p) => [p, await personHash(p)] as const)));
}

/** Why a file that imported did so wrongly (empty when all is right). */
export async function importProblems(
  file: FuzzFile,
  outcome: Extract<Outcome, { status: 'imported' }>,
  others: Map<string, string>,
): Promise<string[]> {
  const problems: string[] = [];
  if (file.expect === 'refused') problems.push('imported a file that must be refused');
  if (file.sameAs && quickCanonical(outcome.bundle) !== quickCanonical(file.sameAs)) {
    problems.push('read something other than the good file it was made from');
  }
  for (const [person, hash] of others) {
    if ((await personHash(person)) !== hash)
      problems.push(`changed ${person}, who is not in the file`);
  }
  const proof = await file.proof?.();
  if (proof) problems.push(proof);
  const odd = await oddIdsStored();
  if (odd) problems.push(odd);
  // What was stored can be backed up again: it still holds together.
  await collectPersonBundle(outcome.personId).catch((error: unknown) => {
    problems.push(`cannot back up ${outcome.personId} after: ${String(error)}`);
  });
  return problems;
}

// Feeds one file through the path a person's file takes: "Open a file" (is it locked? the
// password; read and check it; the preview; keep it for Sam as new or as an update) or "Put back
// a copy" (read, preview, restore). What the screen would say comes from the app's own words.
import type { TFunction } from 'i18next';
import type { PlanBundle } from '../../../src/domain/bundle';
import { FileError, isLockedFile, readMyPlanFile } from '../../../src/sharing/files';
import { openProblemText } from '../../../src/sharing/problemText';
import {
  existingPlanIds,
  importPlanBundle,
  restorePersonBundle,
  StorageError,
} from '../../../src/storage';
import type { FuzzFile } from './baseFiles';
import { SAM } from './seedTablet';

/** How feeding a file ended. */
export type Outcome =
  | { status: 'refused'; key: string }
  | { status: 'imported'; personId: string; bundle: PlanBundle }
  | { status: 'crash'; error: string }
  | { status: 'hang' };

/** The longest one file may take before it counts as a hang. */
export const HANG_MS = 2000;

/** A `t` that gives back the key it is asked for, so the test sees which words were chosen. */
const keyOnly = ((key: string) => key) as unknown as TFunction;

async function keep(file: FuzzFile, bundle: PlanBundle): Promise<Outcome> {
  if (file.route === 'restore') {
    if (bundle.kind !== 'backup') return { status: 'refused', key: 'restore.notBackup' };
    return { status: 'imported', personId: await restorePersonBundle(bundle), bundle };
  }
  if (bundle.kind === 'backup') return { status: 'refused', key: 'openFile.isBackup' };
  // "Update my plan" is offered only when Sam has one of the file's plans.
  const existing = await existingPlanIds(bundle, SAM);
  const how = file.how === 'update' && existing.length > 0 ? 'update' : 'new';
  await importPlanBundle(bundle, SAM, how);
  return { status: 'imported', personId: SAM, bundle };
}

async function attempt(file: FuzzFile, preview: (bundle: PlanBundle) => void): Promise<Outcome> {
  const blob = new Blob([file.bytes]);
  try {
    if ((await isLockedFile(blob)) && file.password === undefined) {
      return { status: 'refused', key: 'openFile.lockedTitle' };
    }
    const bundle = await readMyPlanFile(blob, file.password);
    preview(bundle);
    return await keep(file, bundle);
  } catch (error) {
    if (error instanceof FileError || error instanceof StorageError) {
      return { status: 'refused', key: openProblemText(error, keyOnly) };
    }
    return { status: 'crash', error: String(error instanceof Error ? error.stack : error) };
  }
}

/**
 * Feeds `file` and says how it ended, and how long it took. A file that takes more than
 * HANG_MS is a hang (a guard against files that never end, not a judgement of speed).
 */
export async function feed(
  file: FuzzFile,
  preview: (bundle: PlanBundle) => void,
): Promise<{ outcome: Outcome; ms: number }> {
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ status: 'hang' }), HANG_MS);
  });
  const outcome = await Promise.race([attempt(file, preview), hang]);
  clearTimeout(timer);
  const ms = performance.now() - started;
  return { outcome: ms > HANG_MS ? { status: 'hang' } : outcome, ms };
}

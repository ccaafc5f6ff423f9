// Plain words for what went wrong with a file: every problem of the file engine and of storage
// has its own sentence; anything else is "something went wrong, nothing was changed".
import type { TFunction } from 'i18next';
import { StorageError } from '../storage';
import { FileError } from './files';

/** The sentence for a problem met while opening a file (nothing was stored). */
export function openProblemText(error: unknown, t: TFunction): string {
  if (error instanceof FileError) return t(`openFile.problems.${error.problem}`);
  if (error instanceof StorageError) return t(`errors.${error.problem}`);
  return t('openFile.problems.broken');
}

/** The sentence for a problem met while making or handing over a file, or printing. */
export function shareProblemText(error: unknown, t: TFunction): string {
  if (error instanceof FileError && error.problem === 'too-big') return t('share.tooBig');
  if (error instanceof StorageError) return t(`errors.${error.problem}`);
  return t('errors.unknown');
}

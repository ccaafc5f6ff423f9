// Why a .myplan file could not be made or opened, as one plain kind a screen can explain.

/**
 * - 'too-big': bigger than this app opens (MAX_FILE_BYTES, or unpacks to too much).
 * - 'broken': damaged, cut short, or not holding together.
 * - 'foreign': not a My Plan file at all.
 * - 'newer': made by a newer My Plan; update the app to open it.
 * - 'needs-password' / 'wrong-password': locked, and no password or not the right one.
 */
export type FileProblem =
  'too-big' | 'broken' | 'foreign' | 'newer' | 'needs-password' | 'wrong-password';

/** The only error the file engine throws; `problem` maps to a translated message. */
export class FileError extends Error {
  readonly problem: FileProblem;

  constructor(problem: FileProblem, cause?: unknown) {
    super(`my-plan file: ${problem}`, { cause });
    this.name = 'FileError';
    this.problem = problem;
  }
}

/** Any failure as a FileError: its own kind, or 'broken' for anything unexpected. */
export function asFileError(error: unknown): FileError {
  return error instanceof FileError ? error : new FileError('broken', error);
}

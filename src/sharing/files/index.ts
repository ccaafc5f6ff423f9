// The .myplan file engine: write a bundle as a file (optionally locked with a password), and
// read one back, checked whole. Screens use only this; the format is in FORMAT.md.
export { FileError, type FileProblem } from './fileError';
export {
  FILE_VERSION,
  PBKDF2_ITERATIONS,
  MAX_FILE_BYTES,
  MAX_UNPACKED_BYTES,
  MAX_ENTRIES,
  MAX_DATA_BYTES,
} from './limits';
export { writeMyPlanFile, readMyPlanFile, isLockedFile } from './myPlanFile';

/** The file name ending of My Plan files. */
export const MYPLAN_EXTENSION = '.myplan';

/** The MIME type My Plan files are written with (a zip; not registered with IANA). */
export const MYPLAN_MIME = 'application/vnd.myplan+zip';

/** For `<input type="file" accept>`: the extension, our MIME type, and zip. */
export const MYPLAN_ACCEPT = `${MYPLAN_EXTENSION},${MYPLAN_MIME},application/zip`;

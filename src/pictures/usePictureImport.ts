// Turns a photo file or a finished drawing into a stored picture of a person, with the state a
// screen shows meanwhile ("Getting your photo ready…") and a plain problem when it fails.
import { useCallback, useState } from 'react';
import type { StoredPicture } from '../domain/types';
import { addPicture, StorageError } from '../storage';
import { PhotoImportError } from './imageFacts';
import { exportDrawing, type Stroke } from './drawingStrokes';
import { importPhoto, type ImportedImage } from './photoImport';

/** Where an import stands; `problem` is a translation key. */
export type ImportState =
  | { status: 'idle' }
  | { status: 'working'; source: StoredPicture['source'] }
  | { status: 'failed'; problem: string };

/** The translation key that explains `error` in plain words. */
export function problemKey(error: unknown): string {
  if (error instanceof PhotoImportError) return `pictures.errors.${error.kind}`;
  if (error instanceof StorageError) return `errors.${error.problem}`;
  return 'errors.unknown';
}

interface PictureImport {
  state: ImportState;
  /** Reads, shrinks and stores a photo file; resolves to the stored picture, or undefined. */
  importFile: (
    file: File,
    source: 'camera' | 'upload',
    alt: string,
  ) => Promise<StoredPicture | undefined>;
  /** Forgets a past problem (the person chose another way). */
  clearProblem: () => void;
  /** Stores a finished drawing; resolves to the stored picture, or undefined. */
  storeDrawing: (strokes: readonly Stroke[], alt: string) => Promise<StoredPicture | undefined>;
}

/** Importing pictures for person `personId`. Nothing is stored when anything fails. */
export function usePictureImport(personId: string): PictureImport {
  const [state, setState] = useState<ImportState>({ status: 'idle' });

  const run = useCallback(
    async (source: StoredPicture['source'], alt: string, make: () => Promise<ImportedImage>) => {
      setState({ status: 'working', source });
      try {
        // All decoding and encoding is done before the (short) write transaction starts.
        const image = await make();
        const picture = await addPicture({ personId, source, alt, ...image });
        setState({ status: 'idle' });
        return picture;
      } catch (error) {
        setState({ status: 'failed', problem: problemKey(error) });
        return undefined;
      }
    },
    [personId],
  );

  const importFile = useCallback(
    (file: File, source: 'camera' | 'upload', alt: string) =>
      run(source, alt, () => importPhoto(file)),
    [run],
  );
  const storeDrawing = useCallback(
    (strokes: readonly Stroke[], alt: string) =>
      run('drawing', alt, () =>
        exportDrawing(strokes).catch((error: unknown) => {
          // Not the person's file: a plain "something went wrong", not "this photo…".
          throw new Error('drawing export failed', { cause: error });
        }),
      ),
    [run],
  );
  const clearProblem = useCallback(
    () => setState((previous) => (previous.status === 'failed' ? { status: 'idle' } : previous)),
    [],
  );
  return { state, importFile, storeDrawing, clearProblem };
}

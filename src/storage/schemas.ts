// The zod schemas are loaded with the first write, not with the first screen: zod is a big part
// of the app's first JavaScript, and reading needs no validation. Always loaded BEFORE a
// transaction starts (writeTogether does it): awaiting anything but IndexedDB inside one would
// let it close, so code inside a transaction takes them with `loadedSchemas()`, without waiting.
import { StorageError } from './errors';

export type Schemas = typeof import('../domain/schemas') & typeof import('../domain/pictureSchema');

let loading: Promise<Schemas> | undefined;
let loaded: Schemas | undefined;

/** The record schemas; loaded once, then at once. */
export function loadSchemas(): Promise<Schemas> {
  loading ??= Promise.all([import('../domain/schemas'), import('../domain/pictureSchema')]).then(
    ([records, pictures]) => {
      loaded = { ...records, ...pictures };
      return loaded;
    },
    (error: unknown) => {
      loading = undefined; // a later write tries again
      throw error;
    },
  );
  return loading;
}

/** The schemas already loaded (inside a transaction); 'unknown' when they could not be loaded. */
export function loadedSchemas(): Schemas {
  if (!loaded) throw new StorageError('unknown');
  return loaded;
}

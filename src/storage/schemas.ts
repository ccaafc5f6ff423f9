// The zod schemas are loaded with the first write, not with the first screen: zod is a big part
// of the app's first JavaScript, and reading needs no validation. Always awaited BEFORE a
// transaction starts: awaiting anything but IndexedDB inside one would let it close.
export type Schemas = typeof import('../domain/schemas') & typeof import('../domain/pictureSchema');

let loading: Promise<Schemas> | undefined;

/** The record schemas; loaded once, then at once. */
export function loadSchemas(): Promise<Schemas> {
  loading ??= Promise.all([import('../domain/schemas'), import('../domain/pictureSchema')]).then(
    ([records, pictures]) => ({ ...records, ...pictures }),
    (error: unknown) => {
      loading = undefined; // a later write tries again
      throw error;
    },
  );
  return loading;
}

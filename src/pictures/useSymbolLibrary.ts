// Loads the shipped symbol library (names and keywords in every language) when first needed.
// It is a separate chunk, precached by the service worker, so it works offline.
import { useEffect, useState } from 'react';
import type { SymbolEntry, TopicId } from '../domain/symbolSearch';

/** The library: its topics (with a cover picture) and every symbol. */
export interface SymbolLibrary {
  topics: { id: TopicId; cover: string }[];
  symbols: SymbolEntry[];
}

let loading: Promise<SymbolLibrary> | undefined;

/** Loads the library once per page. */
export function loadSymbolLibrary(): Promise<SymbolLibrary> {
  loading ??= import('../../icons/index.json').then(
    (module) => (module.default ?? module) as unknown as SymbolLibrary,
  );
  return loading;
}

/** The library, or undefined while it loads; `failed` when it could not be read. */
export function useSymbolLibrary(): { library?: SymbolLibrary; isFailed: boolean } {
  const [state, setState] = useState<{ library?: SymbolLibrary; isFailed: boolean }>({
    isFailed: false,
  });
  useEffect(() => {
    let isCurrent = true;
    loadSymbolLibrary().then(
      (library) => isCurrent && setState({ library, isFailed: false }),
      () => isCurrent && setState({ isFailed: true }),
    );
    return () => {
      isCurrent = false;
    };
  }, []);
  return state;
}

// Form state that survives a reload (an app update, a crash, a closed tab) until it is saved.
// Kept in sessionStorage of this tab only; cleared when the form is saved or cancelled.
import { useCallback, useEffect, useState } from 'react';

function read<T>(key: string, initial: T): T {
  try {
    const raw = sessionStorage.getItem(key);
    return raw ? { ...initial, ...(JSON.parse(raw) as Partial<T>) } : initial;
  } catch {
    return initial;
  }
}

/** Like useState for a form, but kept across reloads; `clear` forgets it after saving. */
export function useDraft<T extends object>(
  key: string,
  initial: T,
): [T, (change: Partial<T>) => void, () => void] {
  const storageKey = `draft:${key}`;
  const [value, setValue] = useState<T>(() => read(storageKey, initial));
  useEffect(() => {
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(value));
    } catch {
      // Private mode or a full disk: the draft then lives only on screen, which is still fine.
    }
  }, [storageKey, value]);
  const update = useCallback((change: Partial<T>) => setValue((v) => ({ ...v, ...change })), []);
  const clear = useCallback(() => {
    sessionStorage.removeItem(storageKey);
  }, [storageKey]);
  return [value, update, clear];
}

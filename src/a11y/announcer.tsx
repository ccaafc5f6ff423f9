// One polite live region for the whole app, so moves, saves and undo are spoken by screen readers.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';

type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce>(() => undefined);

const clearers = new Set<() => void>();

/** Empties the live region at once: a person's words must not stay when My Plan locks. */
export function clearAnnouncements(): void {
  clearers.forEach((clear) => clear());
}

/** Provides `useAnnounce` and renders the live region itself. */
export function Announcer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState({ text: '', n: 0 });
  const announce = useCallback<Announce>((text) => {
    // A counter makes the same sentence twice in a row be spoken twice.
    setMessage((previous) => ({ text, n: previous.n + 1 }));
  }, []);
  useEffect(() => {
    const clear = () => setMessage((previous) => ({ text: '', n: previous.n + 1 }));
    clearers.add(clear);
    return () => {
      clearers.delete(clear);
    };
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        <span key={message.n}>{message.text}</span>
      </div>
    </AnnounceContext.Provider>
  );
}

/** Returns a function that speaks a short message to screen readers (and shows it to no one). */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}

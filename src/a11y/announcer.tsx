// One polite live region for the whole app, so moves, saves and undo are spoken by screen readers.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce>(() => undefined);

/** Provides `useAnnounce` and renders the live region itself. */
export function Announcer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState({ text: '', n: 0 });
  const announce = useCallback<Announce>((text) => {
    // A counter makes the same sentence twice in a row be spoken twice.
    setMessage((previous) => ({ text, n: previous.n + 1 }));
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

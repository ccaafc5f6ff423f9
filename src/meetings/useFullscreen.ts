// Full screen for the meeting table, where the browser has it (the Fullscreen API). Where it
// does not (older iPads, some webviews), the button is not shown and nothing fails.
import { useCallback, useEffect, useState } from 'react';

/** What the full-screen button needs. */
export interface Fullscreen {
  isAvailable: boolean;
  isOn: boolean;
  toggle: () => Promise<void>;
}

function isAvailable(): boolean {
  return (
    document.fullscreenEnabled === true &&
    typeof document.documentElement.requestFullscreen === 'function'
  );
}

/** Full screen on and off; leaves full screen when the meeting screen closes. */
export function useFullscreen(): Fullscreen {
  const [isOn, setIsOn] = useState(() => Boolean(document.fullscreenElement));

  useEffect(() => {
    const handleChange = () => setIsOn(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', handleChange);
    return () => {
      document.removeEventListener('fullscreenchange', handleChange);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  const toggle = useCallback(async () => {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await document.documentElement.requestFullscreen();
    } catch {
      // Refused (no user gesture, a policy): the meeting simply goes on as it is.
    }
  }, []);

  return { isAvailable: isAvailable(), isOn, toggle };
}

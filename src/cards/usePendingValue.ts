// Shows a change at once, before the database has confirmed it, so a tick box or a switch never
// jumps back for a moment. The stored value wins as soon as it changes, or if saving fails.
import { useCallback, useState } from 'react';

/**
 * Returns the value to show and `show(value, saving)`: show `value` while `saving` runs.
 * `saving` resolves to something falsy when it failed; the stored value is shown again then.
 */
export function usePendingValue<T>(stored: T): [T, (value: T, saving: Promise<unknown>) => void] {
  const [pending, setPending] = useState<{ value: T; basis: T }>();
  const shown = pending && Object.is(pending.basis, stored) ? pending.value : stored;
  const show = useCallback(
    (value: T, saving: Promise<unknown>) => {
      const next = { value, basis: stored };
      setPending(next);
      void saving.then((isSaved) => {
        if (!isSaved) setPending((current) => (current === next ? undefined : current));
      });
    },
    [stored],
  );
  return [shown, show];
}

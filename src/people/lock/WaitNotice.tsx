// After too many wrong tries: a clock, how long to wait in plain words, and the time it ends.
// Counts down by itself, and says so when a try may be taken again.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadAloudButton, useAnnounce } from '../../a11y';
import { nextTryAt } from '../../domain/pictureCode';
import { SymbolImage } from '../../ui/SymbolImage';

let clock = Date.now();

/** A clock that moves every second while anyone follows it. */
function followClock(onTick: () => void): () => void {
  clock = Date.now();
  const timer = setInterval(() => {
    clock = Date.now();
    onTick();
  }, 1000);
  return () => clearInterval(timer);
}

const readClock = () => clock;

/** A wait: when it ends (undefined: a try may be taken now), and the time now. */
export interface Wait {
  until?: number;
  now: number;
}

/** The wait before the next try: the latest of `waits` (ms). Announces when it is over. */
export function useWait(...waits: (number | undefined)[]): Wait {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const now = useSyncExternalStore(followClock, readClock, readClock);
  const latest = Math.max(0, ...waits.map((wait) => wait ?? 0));
  const until = nextTryAt(latest || undefined, now);
  const wasWaiting = useRef(false);
  useEffect(() => {
    if (wasWaiting.current && until === undefined) announce(t('lock.canTry'));
    wasWaiting.current = until !== undefined;
  }, [until, announce, t]);
  return until === undefined ? { now } : { until, now };
}

/** Says how long to wait until `until`, at time `now` (both ms). */
export function WaitNotice({ until, now }: { until: number; now: number }) {
  const { t, i18n } = useTranslation();
  // Rounded: the clock moves once a second, so the first second of a wait may read 1:01.
  const minutes = Math.max(1, Math.round((until - now) / 60_000));
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(until);
  const words = [
    t('lock.tooMany'),
    t('lock.wait', { count: minutes }),
    t('lock.waitUntil', { time }),
  ];
  return (
    <div className="lock-wait" role="status">
      <SymbolImage symbolId="23f0" alt="" size={96} />
      <div className="lock-wait__words">
        {words.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
        <ReadAloudButton text={words.join(' ')} />
      </div>
    </div>
  );
}

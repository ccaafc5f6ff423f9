// Recording a person's voice: start, count the seconds, stop (by hand or at the 2-minute limit),
// and keep the bytes. The recorder screen only shows what this hook says.
import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_RECORDING_MS, StorageError } from '../storage';
import { CaptureError, startCapture, type Capture, type CapturedAudio } from './audioCapture';

/** Where the recorder is. */
export type RecorderPhase = 'idle' | 'starting' | 'recording' | 'saving';

/** The key of a plain message about the last recording (a `voice.*` or `errors.*` string). */
export type RecorderNotice =
  | 'voice.unsupported'
  | 'voice.no-microphone'
  | 'voice.refused'
  | 'voice.failed'
  | 'voice.limit'
  | `errors.${string}`;

const TICK_MS = 250;

/**
 * Records; `keep` stores each finished recording (and whatever holds it) in one transaction, and
 * rejects (a StorageError) when it could not: the person then hears why.
 */
export function useVoiceRecording(keep: (audio: CapturedAudio) => Promise<unknown>) {
  const [phase, setPhase] = useState<RecorderPhase>('idle');
  const [elapsedMs, setElapsedMs] = useState(0);
  const [notice, setNotice] = useState<RecorderNotice>();
  const capture = useRef<Capture | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setInterval> | undefined>(undefined);
  const isMounted = useRef(true);
  const keepRef = useRef(keep);
  useEffect(() => {
    keepRef.current = keep;
  });

  const stop = useCallback(async (isLimit = false) => {
    const current = capture.current;
    if (!current) return;
    capture.current = undefined;
    clearInterval(timer.current);
    setPhase('saving');
    try {
      await keepRef.current(await current.stop());
      setNotice(isLimit ? 'voice.limit' : undefined);
    } catch (error) {
      setNotice(
        error instanceof StorageError
          ? `errors.${error.problem}`
          : error instanceof CaptureError
            ? `voice.${error.problem}`
            : 'voice.failed',
      );
    }
    setPhase('idle');
  }, []);

  const start = useCallback(async () => {
    if (capture.current) return;
    setNotice(undefined);
    setElapsedMs(0);
    setPhase('starting');
    try {
      const started = await startCapture();
      if (!isMounted.current) return started.cancel();
      capture.current = started;
    } catch (error) {
      setNotice(error instanceof CaptureError ? `voice.${error.problem}` : 'voice.failed');
      setPhase('idle');
      return;
    }
    const startedAt = Date.now();
    setPhase('recording');
    timer.current = setInterval(() => {
      const elapsed = Date.now() - startedAt;
      setElapsedMs(Math.min(elapsed, MAX_RECORDING_MS));
      if (elapsed >= MAX_RECORDING_MS) void stop(true);
    }, TICK_MS);
  }, [stop]);

  // Leaving the screen while recording lets the microphone go and keeps nothing half-done.
  useEffect(() => {
    isMounted.current = true;
    return () => {
      isMounted.current = false;
      clearInterval(timer.current);
      capture.current?.cancel();
      capture.current = undefined;
    };
  }, []);

  return { phase, elapsedMs, notice, start, stop: () => stop(false) };
}

// Recording a person's voice: start, count the seconds, stop (by hand or at the 2-minute limit),
// and keep the bytes. The recorder screen only shows what this hook says.
import { useCallback, useEffect, useRef, useState } from 'react';
import { addRecording, MAX_RECORDING_MS, StorageError } from '../storage';
import { CaptureError, startCapture, type Capture } from './audioCapture';

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

/** Records for `personId`; `onSaved` gets the id of each recording kept. */
export function useVoiceRecording(personId: string, onSaved: (recordingId: string) => void) {
  const [phase, setPhase] = useState<RecorderPhase>('idle');
  const [elapsedMs, setElapsedMs] = useState(0);
  const [notice, setNotice] = useState<RecorderNotice>();
  const capture = useRef<Capture | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setInterval> | undefined>(undefined);
  const isMounted = useRef(true);
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    onSavedRef.current = onSaved;
  });

  const stop = useCallback(
    async (isLimit = false) => {
      const current = capture.current;
      if (!current) return;
      capture.current = undefined;
      clearInterval(timer.current);
      setPhase('saving');
      try {
        const audio = await current.stop();
        const recording = await addRecording({ personId, ...audio });
        setNotice(isLimit ? 'voice.limit' : undefined);
        onSavedRef.current(recording.id);
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
    },
    [personId],
  );

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

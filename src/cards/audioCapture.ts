// Records sound from the microphone with MediaRecorder and hands back plain bytes to keep.
// The microphone is let go as soon as recording ends, so the tablet stops showing it is in use.

/** Why recording could not start, in a way the screen can explain. */
export type CaptureProblem = 'unsupported' | 'no-microphone' | 'refused' | 'failed';

/** Recording did not happen; `problem` says why. */
export class CaptureError extends Error {
  readonly problem: CaptureProblem;

  constructor(problem: CaptureProblem, cause?: unknown) {
    super(`capture: ${problem}`, { cause });
    this.name = 'CaptureError';
    this.problem = problem;
  }
}

/** The formats tried, best first: Chrome and Firefox take the first, Safari the second. */
export const RECORDING_MIME_TYPES = ['audio/webm;codecs=opus', 'audio/mp4', 'audio/ogg'];

/** What a finished recording gives: bytes (never a Blob), their type and length. */
export interface CapturedAudio {
  bytes: ArrayBuffer;
  mime: string;
  durationMs: number;
}

/** A recording in progress. */
export interface Capture {
  /** Ends the recording and gives its bytes. */
  stop: () => Promise<CapturedAudio>;
  /** Ends the recording and throws it away. */
  cancel: () => void;
}

/** The first format this browser can record, or undefined to let it choose. */
export function pickMimeType(): string | undefined {
  if (typeof MediaRecorder === 'undefined' || typeof MediaRecorder.isTypeSupported !== 'function')
    return undefined;
  return RECORDING_MIME_TYPES.find((type) => MediaRecorder.isTypeSupported(type));
}

function problemOf(error: unknown): CaptureProblem {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'refused';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError')
    return 'no-microphone';
  return 'failed';
}

/** Asks for the microphone and starts recording; throws a CaptureError when it cannot. */
export async function startCapture(): Promise<Capture> {
  if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === 'undefined')
    throw new CaptureError('unsupported');
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  } catch (error) {
    throw new CaptureError(problemOf(error), error);
  }
  const release = () => stream.getTracks().forEach((track) => track.stop());
  const mimeType = pickMimeType();
  let recorder: MediaRecorder;
  try {
    recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
  } catch (error) {
    release();
    throw new CaptureError('failed', error);
  }
  const chunks: Blob[] = [];
  recorder.addEventListener('dataavailable', (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  });
  const startedAt = Date.now();
  recorder.start(1000);

  const ended = new Promise<void>((resolve) => recorder.addEventListener('stop', () => resolve()));
  const end = () => {
    if (recorder.state !== 'inactive') recorder.stop();
  };
  return {
    async stop() {
      const durationMs = Date.now() - startedAt;
      try {
        end();
        await ended;
        const mime = recorder.mimeType || mimeType || 'audio/webm';
        const bytes = await new Blob(chunks, { type: mime }).arrayBuffer();
        if (bytes.byteLength === 0) throw new CaptureError('failed', 'no sound recorded');
        return { bytes, mime, durationMs };
      } finally {
        release();
      }
    },
    cancel() {
      end();
      release();
    },
  };
}

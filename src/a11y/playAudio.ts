// Plays audio kept on the device (a person's recorded voice) from its bytes, one sound at a time.
// The temporary address made for the bytes is given back as soon as the sound ends.

interface Playing {
  audio: HTMLAudioElement;
  finish: () => void;
}

let playing: Playing | undefined;

/** Stops the sound that is playing, if any. */
export function stopAudio(): void {
  if (!playing) return;
  playing.audio.pause();
  playing.finish();
}

/**
 * Plays `bytes` (of type `mime`) once, stopping any other sound first.
 * Resolves when it has finished (or was stopped); rejects when the tablet cannot play it.
 */
export function playAudio(bytes: ArrayBuffer, mime: string): Promise<void> {
  stopAudio();
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const audio = new Audio(url);
  return new Promise<void>((resolve, reject) => {
    let isSettled = false;
    const settle = (error?: unknown) => {
      if (isSettled) return;
      isSettled = true;
      audio.onended = null;
      audio.onerror = null;
      if (playing?.audio === audio) playing = undefined;
      URL.revokeObjectURL(url);
      if (error) reject(error instanceof Error ? error : new Error('audio could not play'));
      else resolve();
    };
    playing = { audio, finish: () => settle() };
    audio.onended = () => settle();
    audio.onerror = () => settle(new Error('audio could not play'));
    Promise.resolve(audio.play()).catch((error: unknown) => settle(error ?? new Error('no play')));
  });
}

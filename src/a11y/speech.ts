// Reads words aloud with the tablet's own voices (Web Speech API), so nobody has to read.
// Voices on the tablet come first: they work with no network at all.
import type { Language } from '../domain/languages';

/** Why words could not be read aloud. */
export type SpeechFailure = 'unavailable' | 'no-voice' | 'failed';

/** Reading aloud did not happen; `reason` says why in a way the screen can explain. */
export class SpeechError extends Error {
  readonly reason: SpeechFailure;

  constructor(reason: SpeechFailure, cause?: unknown) {
    super(`speech: ${reason}`, { cause });
    this.name = 'SpeechError';
    this.reason = reason;
  }
}

/** How long to wait for the browser to list its voices (some list them only after a while). */
const VOICES_TIMEOUT_MS = 1500;
/** How long to wait for speech to start before calling it failed (a broken engine stays silent). */
const START_TIMEOUT_MS = 5000;

function synthesis(): SpeechSynthesis | undefined {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return undefined;
  return window.speechSynthesis ?? undefined;
}

/** True when this browser can read aloud at all. */
export function isSpeechAvailable(): boolean {
  return synthesis() !== undefined && typeof window.SpeechSynthesisUtterance === 'function';
}

function tagOf(voice: SpeechSynthesisVoice): string {
  return voice.lang.replace('_', '-').toLowerCase();
}

function speaks(voice: SpeechSynthesisVoice, language: Language): boolean {
  const tag = tagOf(voice);
  return tag === language || tag.startsWith(`${language}-`);
}

/** Voices on the tablet first (they work offline), then European Portuguese, then the default. */
function rank(voice: SpeechSynthesisVoice): number {
  return (
    (voice.localService ? 4 : 0) + (tagOf(voice) === 'pt-pt' ? 2 : 0) + (voice.default ? 1 : 0)
  );
}

function waitForVoices(
  speech: SpeechSynthesis,
  timeoutMs: number,
): Promise<SpeechSynthesisVoice[]> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      speech.removeEventListener('voiceschanged', done);
      resolve(speech.getVoices());
    };
    const timer = setTimeout(done, timeoutMs);
    speech.addEventListener('voiceschanged', done);
  });
}

/**
 * The voices that speak `language`, best first. Waits once for `voiceschanged` when the browser
 * has not listed its voices yet; empty when there are none (or no speech at all).
 */
export async function voicesFor(
  language: Language,
  timeoutMs = VOICES_TIMEOUT_MS,
): Promise<SpeechSynthesisVoice[]> {
  const speech = synthesis();
  if (!speech) return [];
  let all = speech.getVoices();
  if (all.length === 0) all = await waitForVoices(speech, timeoutMs);
  return all.filter((voice) => speaks(voice, language)).sort((a, b) => rank(b) - rank(a));
}

/**
 * The language tag to speak `language` with: en → en, da → da-DK, ar → ar, and pt → pt-PT or
 * pt-BR, whichever the chosen voice (or else the tablet) has.
 */
export function speechTag(
  language: Language,
  voices: readonly SpeechSynthesisVoice[],
  voice?: SpeechSynthesisVoice,
): string {
  if (language === 'da') return 'da-DK';
  if (language !== 'pt') return language;
  for (const candidates of voice ? [[voice], voices] : [voices]) {
    const tags = candidates.map(tagOf);
    if (tags.includes('pt-pt')) return 'pt-PT';
    if (tags.includes('pt-br')) return 'pt-BR';
  }
  return 'pt-PT';
}

/** How to read aloud: the language, the person's voice (if chosen) and speed. */
export interface SpeakOptions {
  language: Language;
  voiceURI?: string;
  /** 0.5 (slow) to 1.5 (fast); 1 is normal. */
  rate: number;
  startTimeoutMs?: number;
}

// Kept while speaking: Chrome forgets an utterance nobody holds, and never reports its end.
let speaking: SpeechSynthesisUtterance | undefined;

/** Stops whatever is being read aloud. */
export function cancelSpeech(): void {
  synthesis()?.cancel();
}

/**
 * Reads `text` aloud, stopping what was being read before. Resolves when done (or when
 * interrupted by newer speech); rejects with a SpeechError saying why it could not.
 */
export async function speak(text: string, options: SpeakOptions): Promise<void> {
  const speech = synthesis();
  if (!speech || !isSpeechAvailable()) throw new SpeechError('unavailable');
  const voices = await voicesFor(options.language);
  const voice = voices.find((v) => v.voiceURI === options.voiceURI) ?? voices[0];
  if (!voice) throw new SpeechError('no-voice');
  speech.cancel();
  const utterance = new window.SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = speechTag(options.language, voices, voice);
  utterance.rate = Math.min(1.5, Math.max(0.5, options.rate));
  return new Promise<void>((resolve, reject) => {
    let isSettled = false;
    let hasStarted = false;
    const settle = (error?: SpeechError) => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(timer);
      if (speaking === utterance) speaking = undefined;
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(() => {
      if (hasStarted || speech.speaking) return;
      settle(new SpeechError('failed', 'never started'));
      speech.cancel();
    }, options.startTimeoutMs ?? START_TIMEOUT_MS);
    utterance.onstart = () => {
      hasStarted = true;
    };
    utterance.onend = () => settle();
    utterance.onerror = (event) => {
      const isInterrupted = event.error === 'interrupted' || event.error === 'canceled';
      settle(isInterrupted ? undefined : new SpeechError('failed', event.error));
    };
    speaking = utterance;
    try {
      speech.speak(utterance);
    } catch (error) {
      settle(new SpeechError('failed', error));
    }
  });
}

// A pretend speechSynthesis for tests: lists voices, records what it was asked to say, and ends
// (or fails) the way a test wants. jsdom has no speech at all, which is the "unavailable" case.
import { vi } from 'vitest';

/** What the fake was asked to say. */
export interface Spoken {
  text: string;
  lang: string;
  rate: number;
  voiceURI?: string;
}

/** A voice as the fake lists it. */
export function fakeVoice(
  lang: string,
  name = `Voice ${lang}`,
  extra: Partial<SpeechSynthesisVoice> = {},
) {
  return {
    name,
    lang,
    voiceURI: `uri:${name}`,
    localService: true,
    default: false,
    ...extra,
  } as SpeechSynthesisVoice;
}

interface FakeUtterance {
  text: string;
  lang: string;
  rate: number;
  voice: SpeechSynthesisVoice | null;
  onstart: (() => void) | null;
  onend: (() => void) | null;
  onerror: ((event: { error: string }) => void) | null;
}

interface Options {
  voices?: SpeechSynthesisVoice[];
  /** Voices are listed only after `listVoices()` (as Chrome does at first). */
  isLate?: boolean;
  /** What happens after `speak`: it ends, fails with this error, or nothing at all. */
  outcome?: 'end' | 'silent' | string;
}

/** Puts a fake speechSynthesis on window; call `remove()` after the test. */
export function installFakeSpeech({ voices = [], isLate = false, outcome = 'end' }: Options = {}) {
  const spoken: Spoken[] = [];
  const events = new EventTarget();
  let listed = isLate ? [] : voices;
  const synthesis = {
    speaking: false,
    pending: false,
    paused: false,
    getVoices: () => listed,
    cancel: vi.fn(),
    speak: vi.fn((u: FakeUtterance) => {
      spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voiceURI: u.voice?.voiceURI });
      setTimeout(() => {
        if (outcome === 'end') {
          u.onstart?.();
          u.onend?.();
        } else if (outcome !== 'silent') u.onerror?.({ error: outcome });
      }, 0);
    }),
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
  };
  class Utterance implements FakeUtterance {
    text: string;
    lang = '';
    rate = 1;
    voice: SpeechSynthesisVoice | null = null;
    onstart = null;
    onend = null;
    onerror = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    value: Utterance,
    configurable: true,
  });
  return {
    spoken,
    synthesis,
    listVoices() {
      listed = voices;
      events.dispatchEvent(new Event('voiceschanged'));
    },
    remove() {
      Reflect.deleteProperty(window, 'speechSynthesis');
      Reflect.deleteProperty(window, 'SpeechSynthesisUtterance');
    },
  };
}

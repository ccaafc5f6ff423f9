// Speech for the end-to-end tests: a stubbed speechSynthesis that records what it is asked to say
// (Chromium here has no voices), or none at all, installed before the app starts.
import type { Page, PlaywrightTestOptions, PlaywrightWorkerOptions } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium-path.mjs';

/** `test.use` options for specs that record: Chromium's fake microphone, already allowed. */
export const FAKE_MICROPHONE: Partial<PlaywrightTestOptions & PlaywrightWorkerOptions> = {
  launchOptions: {
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
    ],
    executablePath: findChromium(),
  },
  permissions: ['microphone'],
};

/** One thing the stub was asked to say. */
export interface SpokenUtterance {
  text: string;
  lang: string;
  rate: number;
  voiceURI?: string;
}

/** Gives the page a speechSynthesis with English and Arabic voices that records every utterance. */
export async function stubSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const spoken: unknown[] = [];
    const voices = [
      {
        name: 'Oliver',
        lang: 'en-US',
        voiceURI: 'test:oliver',
        localService: false,
        default: true,
      },
      { name: 'Emma', lang: 'en-GB', voiceURI: 'test:emma', localService: true, default: false },
      { name: 'Noor', lang: 'ar-SA', voiceURI: 'test:noor', localService: true, default: false },
    ];
    class Utterance {
      text: string;
      lang = '';
      rate = 1;
      voice: { voiceURI: string } | null = null;
      onstart: (() => void) | null = null;
      onend: (() => void) | null = null;
      onerror: ((event: { error: string }) => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synthesis = Object.assign(new EventTarget(), {
      speaking: false,
      pending: false,
      paused: false,
      getVoices: () => voices,
      cancel: () => undefined,
      pause: () => undefined,
      resume: () => undefined,
      speak(u: Utterance) {
        spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voiceURI: u.voice?.voiceURI });
        setTimeout(() => {
          u.onstart?.();
          u.onend?.();
        }, 10);
      },
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: Utterance,
      configurable: true,
    });
    Object.defineProperty(window, '__spoken', { value: spoken });
  });
}

/** What the stub was asked to say so far. */
export function spokenIn(page: Page): Promise<SpokenUtterance[]> {
  return page.evaluate(() => (window as unknown as { __spoken: SpokenUtterance[] }).__spoken);
}

/** Removes speechSynthesis from the page, as in a browser that cannot read aloud. */
export async function deleteSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    for (const target of [window, Window.prototype]) {
      Reflect.deleteProperty(target, 'speechSynthesis');
      Reflect.deleteProperty(target, 'SpeechSynthesisUtterance');
    }
  });
}

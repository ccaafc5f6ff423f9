// Reading aloud with a fake speechSynthesis: the right voice, language tag and speed, and a
// plain reason when the tablet cannot (no speech at all, no voice for the language, a failure).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isSpeechAvailable, speak, SpeechError, speechTag, voicesFor } from '../../src/a11y/speech';
import { fakeVoice, installFakeSpeech } from '../support/fakeSpeech';

let fake: ReturnType<typeof installFakeSpeech> | undefined;

afterEach(() => {
  fake?.remove();
  fake = undefined;
  vi.useRealTimers();
});

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return error instanceof SpeechError ? error.reason : 'not a SpeechError';
  }
  return 'resolved';
}

const english = fakeVoice('en-GB', 'Ella', { localService: false, default: true });
const englishHere = fakeVoice('en-US', 'Sam');
const danish = fakeVoice('da-DK', 'Sara');
const brazil = fakeVoice('pt-BR', 'Luciana');
const portugal = fakeVoice('pt-PT', 'Joana');
const arabic = fakeVoice('ar-SA', 'Maged');

describe('speech', () => {
  it('is unavailable without speechSynthesis, and says so', async () => {
    expect(isSpeechAvailable()).toBe(false);
    expect(await reasonOf(speak('Hello', { language: 'en', rate: 1 }))).toBe('unavailable');
    expect(await voicesFor('en')).toEqual([]);
  });

  it('reads aloud in the language with the voice on the tablet first, at the given speed', async () => {
    fake = installFakeSpeech({ voices: [english, danish, englishHere] });
    expect(isSpeechAvailable()).toBe(true);
    await speak('Hello', { language: 'en', rate: 0.75 });
    expect(fake.spoken).toEqual([{ text: 'Hello', lang: 'en', rate: 0.75, voiceURI: 'uri:Sam' }]);
    expect(fake.synthesis.cancel).toHaveBeenCalledBefore(fake.synthesis.speak);
  });

  it('uses the chosen voice, and keeps the speed between 0.5 and 1.5', async () => {
    fake = installFakeSpeech({ voices: [english, englishHere] });
    await speak('Hi', { language: 'en', voiceURI: 'uri:Ella', rate: 3 });
    expect(fake.spoken[0]).toMatchObject({ voiceURI: 'uri:Ella', rate: 1.5 });
  });

  it('falls back to the best voice when the chosen one is gone', async () => {
    fake = installFakeSpeech({ voices: [danish] });
    await speak('Hej', { language: 'da', voiceURI: 'uri:gone', rate: 1 });
    expect(fake.spoken[0]).toMatchObject({ voiceURI: 'uri:Sara', lang: 'da-DK' });
  });

  it('refuses with no-voice when no voice speaks the language', async () => {
    fake = installFakeSpeech({ voices: [english] });
    expect(await reasonOf(speak('مرحبا', { language: 'ar', rate: 1 }))).toBe('no-voice');
    expect(fake.spoken).toEqual([]);
  });

  it('refuses with no-voice when the tablet never lists a voice', async () => {
    vi.useFakeTimers();
    fake = installFakeSpeech({ voices: [] });
    const result = reasonOf(speak('Hello', { language: 'en', rate: 1 }));
    await vi.advanceTimersByTimeAsync(2000);
    expect(await result).toBe('no-voice');
  });

  it('fails plainly when the speech engine reports an error', async () => {
    fake = installFakeSpeech({ voices: [english], outcome: 'synthesis-failed' });
    expect(await reasonOf(speak('Hello', { language: 'en', rate: 1 }))).toBe('failed');
  });

  it('fails plainly when speech never starts', async () => {
    vi.useFakeTimers();
    fake = installFakeSpeech({ voices: [english], outcome: 'silent' });
    const result = reasonOf(speak('Hello', { language: 'en', rate: 1 }));
    await vi.advanceTimersByTimeAsync(6000);
    expect(await result).toBe('failed');
  });

  it('ends quietly when newer speech interrupts it', async () => {
    fake = installFakeSpeech({ voices: [english], outcome: 'interrupted' });
    expect(await reasonOf(speak('Hello', { language: 'en', rate: 1 }))).toBe('resolved');
  });

  it('waits once for the voices to be listed', async () => {
    fake = installFakeSpeech({ voices: [danish, english], isLate: true });
    const found = voicesFor('da');
    fake.listVoices();
    expect((await found).map((v) => v.name)).toEqual(['Sara']);
  });

  it('finds voices by language prefix, whatever the separator', async () => {
    fake = installFakeSpeech({ voices: [fakeVoice('en_AU', 'Lee'), fakeVoice('eng', 'Not me')] });
    expect((await voicesFor('en')).map((v) => v.name)).toEqual(['Lee']);
  });
});

describe('speechTag', () => {
  it('is en, da-DK and ar for English, Danish and Arabic', () => {
    expect(speechTag('en', [english])).toBe('en');
    expect(speechTag('da', [danish])).toBe('da-DK');
    expect(speechTag('ar', [arabic])).toBe('ar');
  });

  it('is pt-PT or pt-BR for Portuguese, whichever the tablet has', () => {
    expect(speechTag('pt', [brazil])).toBe('pt-BR');
    expect(speechTag('pt', [brazil, portugal])).toBe('pt-PT');
    expect(speechTag('pt', [portugal, brazil], brazil)).toBe('pt-BR');
    expect(speechTag('pt', [])).toBe('pt-PT');
  });

  it('speaks Portuguese with a pt-PT voice when there is one', async () => {
    fake = installFakeSpeech({ voices: [brazil, portugal] });
    await speak('Olá', { language: 'pt', rate: 1 });
    expect(fake.spoken[0]).toMatchObject({ lang: 'pt-PT', voiceURI: 'uri:Joana' });
  });
});

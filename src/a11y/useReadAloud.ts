// Reads words aloud in the app's language with the person's voice and speed. When the tablet
// cannot, it plays the person's recording instead, and always says plainly what happened.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../domain/languages';
import { usePreferences, useShownPersonId } from '../people';
import { getRecording } from '../storage';
import { useAnnounce } from './announcer';
import { playAudio, stopAudio } from './playAudio';
import { speak, SpeechError, type SpeechFailure } from './speech';

/** A voice and speed to use instead of the person's (to try a voice out). */
export interface VoiceSample {
  voiceURI?: string;
  rate: number;
}

/** What `useReadAloud` gives a component. */
export interface ReadAloud {
  /** Reads `text` aloud; plays the recording `recordingId` instead when the tablet cannot. */
  speakText: (text: string, recordingId?: string) => Promise<void>;
  /** A plain sentence to show when reading aloud did not go as expected (already announced). */
  message?: string;
}

function reasonOf(error: unknown): SpeechFailure {
  return error instanceof SpeechError ? error.reason : 'failed';
}

/**
 * Read-aloud for components that speak on tap. Uses the voice and speed of the person whose
 * screen this is, unless `sample` gives others. Show `message` next to what was tapped.
 */
export function useReadAloud(sample?: VoiceSample): ReadAloud {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const preferences = usePreferences(useShownPersonId());
  const [message, setMessage] = useState<string>();
  const voiceURI = sample ? sample.voiceURI : preferences.voiceURI;
  const rate = sample ? sample.rate : preferences.rate;

  const tell = useCallback(
    (text: string) => {
      setMessage(text);
      announce(text);
    },
    [announce],
  );

  const speakText = useCallback(
    async (text: string, recordingId?: string) => {
      setMessage(undefined);
      stopAudio();
      const language = toLanguage(i18n.language) ?? 'en';
      let reason: SpeechFailure;
      try {
        await speak(text, { language, voiceURI, rate });
        return;
      } catch (error) {
        reason = reasonOf(error);
      }
      const why = t(`readAloud.${reason}`);
      const recording = recordingId
        ? await getRecording(recordingId).catch(() => undefined)
        : undefined;
      if (!recording) return tell(why);
      tell(`${why} ${t('readAloud.recordingInstead')}`);
      try {
        await playAudio(recording.bytes, recording.mime);
      } catch {
        tell(t('readAloud.playFailed'));
      }
    },
    [i18n.language, rate, t, tell, voiceURI],
  );

  return { speakText, message };
}

// The tablet's voices for the app's language, for choosing one on "How I like it".
import { useEffect, useState } from 'react';
import { voicesFor } from '../a11y';
import type { Language } from '../domain/languages';

/** Voices that speak `language`, best first; undefined while the tablet is asked. */
export function useVoices(language: Language): SpeechSynthesisVoice[] | undefined {
  const [found, setFound] = useState<{ language: Language; voices: SpeechSynthesisVoice[] }>();
  useEffect(() => {
    let isCurrent = true;
    void voicesFor(language).then((voices) => {
      if (isCurrent) setFound({ language, voices });
    });
    return () => {
      isCurrent = false;
    };
  }, [language]);
  return found?.language === language ? found.voices : undefined;
}

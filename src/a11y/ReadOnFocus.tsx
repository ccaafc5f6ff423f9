// "Read aloud what I touch": when the person chose it in "How I like it", every button, link and
// field is read aloud as it is touched or reached with the keyboard (as AAC apps do).
import { useEffect } from 'react';
import { usePreferences, useShownPersonId } from '../people';
import { isSpeechAvailable } from './speech';
import { controlOf, spokenName } from './spokenName';
import { useReadAloud } from './useReadAloud';

/** Listens for focus anywhere on the page while the person wants controls read aloud. */
export function ReadOnFocus() {
  const preferences = usePreferences(useShownPersonId());
  const { speakText } = useReadAloud();
  const isOn = preferences.readOnFocus === true;
  useEffect(() => {
    // Without speech there is nothing to say on every touch; the read-aloud buttons explain it.
    if (!isOn || !isSpeechAvailable()) return undefined;
    function handleFocus(event: FocusEvent) {
      const control = controlOf(event.target);
      const words = control ? spokenName(control) : '';
      if (words) void speakText(words);
    }
    document.addEventListener('focusin', handleFocus);
    return () => document.removeEventListener('focusin', handleFocus);
  }, [isOn, speakText]);
  return null;
}

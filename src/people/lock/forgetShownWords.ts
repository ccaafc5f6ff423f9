// What must leave the page when a person's plans close (My Plan locks, or another person
// starts): the live region's words, speech, a sound, and a message kept for the next screen.
// Their screens themselves are unmounted by PersonGate, which also gives the window a title.
import { cancelSpeech, stopAudio } from '../../a11y';
import { clearAnnouncements } from '../../a11y/announcer';
import { clearFlash } from '../../ui/flash';

/** Forgets every word of the person shown until now that lives outside their screens. */
export function forgetShownWords(): void {
  clearAnnouncements();
  cancelSpeech();
  stopAudio();
  clearFlash();
}

// Accessibility for every screen: the live region, and reading aloud (speech or the recorded voice).
export { Announcer, useAnnounce } from './announcer';
export { ReadAloudButton } from './ReadAloudButton';
export { useReadAloud, type ReadAloud, type VoiceSample } from './useReadAloud';
export {
  isSpeechAvailable,
  voicesFor,
  speak,
  cancelSpeech,
  speechTag,
  SpeechError,
  type SpeechFailure,
  type SpeakOptions,
} from './speech';
export { playAudio, stopAudio } from './playAudio';
export { ReadOnFocus } from './ReadOnFocus';

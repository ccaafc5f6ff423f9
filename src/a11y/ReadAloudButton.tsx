// The "read aloud" button that goes next to any words in the app (cards, lanes, templates).
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { SymbolImage } from '../ui/SymbolImage';
import { useReadAloud, type VoiceSample } from './useReadAloud';
import './readAloud.css';

interface ReadAloudButtonProps {
  /** The words to read aloud, in the app's current language. */
  text: string;
  /** The person's own recording, played when the tablet cannot read aloud. */
  recordingId?: string;
  /** The button's name; "Read aloud" when not given. */
  label?: string;
  size?: 'normal' | 'large';
  /** A voice and speed to use instead of the person's (to try a voice out). */
  sample?: VoiceSample;
}

/**
 * A button with the speaker picture that reads `text` aloud with the person's voice and speed.
 * If the tablet cannot, it plays `recordingId` instead; either way it says plainly what happened.
 */
export function ReadAloudButton({
  text,
  recordingId,
  label,
  size = 'normal',
  sample,
}: ReadAloudButtonProps) {
  const { t } = useTranslation();
  const { speakText, message } = useReadAloud(sample);
  return (
    <span className="read-aloud">
      <Button symbolId="1f50a" size={size} onClick={() => void speakText(text, recordingId)}>
        {label ?? t('readAloud.button')}
      </Button>
      {message ? (
        <span className="read-aloud__message">
          <SymbolImage symbolId="2139" alt="" size={28} />
          <span>{message}</span>
        </span>
      ) : null}
    </span>
  );
}

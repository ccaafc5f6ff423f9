// A "Listen" button for one card on the meeting board: reads its words aloud (or plays the
// person's recording instead). Its name says what it reads: "Listen: Swim".
import { useTranslation } from 'react-i18next';
import { useReadAloud } from '../a11y';
import { SymbolImage } from '../ui/SymbolImage';

/** Reads `text` aloud with the person's voice and speed. */
export function MeetingListen({ text, recordingId }: { text: string; recordingId?: string }) {
  const { t } = useTranslation();
  const { speakText, message } = useReadAloud();
  return (
    <>
      <button
        type="button"
        className="meeting-tile__listen"
        aria-label={t('meeting.listenTo', { words: text })}
        onClick={() => void speakText(text, recordingId)}
      >
        <SymbolImage symbolId="1f50a" alt="" size={32} />
        <span aria-hidden="true">{t('meeting.listen')}</span>
      </button>
      {message ? <span className="meeting-tile__message">{message}</span> : null}
    </>
  );
}

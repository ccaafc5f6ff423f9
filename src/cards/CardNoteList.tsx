// The helpers' notes on a card, each with who wrote it. Shown on the card screen and in meetings
// (a note is only ever written after the person said yes to it).
import { useTranslation } from 'react-i18next';
import type { CardNote, Supporter } from '../domain/types';
import { PictureView } from '../pictures';
import './cardNotes.css';

/** The list of `notes`; writers are found among `supporters`. */
export function CardNoteList({
  notes,
  supporters,
}: {
  notes: CardNote[];
  supporters: Supporter[];
}) {
  const { t } = useTranslation();
  const byId = new Map(supporters.map((supporter) => [supporter.id, supporter]));
  return (
    <ul className="note-list" aria-label={t('meeting.notes.list')}>
      {notes.map((note) => {
        const writer = byId.get(note.supporterId);
        return (
          <li key={note.id} className="note">
            {writer ? <PictureView picture={writer.picture} alt="" size={64} /> : null}
            <div className="note__text">
              <p className="note__by">{t('meeting.notes.by', { name: writer?.name ?? '' })}</p>
              <p className="note__words">{note.words}</p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

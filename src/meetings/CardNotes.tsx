// The helpers' notes on a card, shown in the meeting with who wrote them; and the way for a
// helper to ask to write one (only the people taking part in the meeting can).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CardNoteList, useSupporters } from '../cards';
import type { Card, Meeting } from '../domain/types';
import { SymbolImage } from '../ui/SymbolImage';
import { NoteConsent } from './NoteConsent';

/** The "Notes" part of a card in a meeting. */
export function CardNotes({ card, meeting }: { card: Card; meeting: Meeting }) {
  const { t } = useTranslation();
  const headingId = useId();
  const supporters = useSupporters(meeting.personId);
  if (!supporters) return null;
  const taking = supporters.filter((supporter) => meeting.participantIds.includes(supporter.id));
  const notes = card.notes ?? [];

  return (
    <section className="meeting-notes" aria-labelledby={headingId}>
      <h3 className="meeting-section__title" id={headingId}>
        <SymbolImage symbolId="1f4dd" alt="" size={40} />
        {t('meeting.notes.title')}
      </h3>
      {notes.length === 0 ? (
        <p className="meeting-notes__none">{t('meeting.notes.none')}</p>
      ) : (
        <CardNoteList notes={notes} supporters={supporters} />
      )}
      {taking.length > 0 ? <NoteConsent card={card} helpers={taking} /> : null}
    </section>
  );
}

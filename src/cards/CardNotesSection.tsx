// The card screen's "Notes" part: what helpers wrote on the card with the person's yes. Only shown
// when there is a note (notes are written in a meeting, after the person agreed).
import { useTranslation } from 'react-i18next';
import type { Card } from '../domain/types';
import { CardNoteList } from './CardNoteList';
import { CardSection } from './CardSection';
import { useSupporters } from './useCard';

/** The notes on `card`, or nothing when it has none. */
export function CardNotesSection({ card, personId }: { card: Card; personId: string }) {
  const { t } = useTranslation();
  const supporters = useSupporters(personId);
  if (!card.notes?.length || !supporters) return null;
  return (
    <CardSection symbolId="1f4dd" title={t('meeting.notes.title')}>
      <CardNoteList notes={card.notes} supporters={supporters} />
    </CardSection>
  );
}

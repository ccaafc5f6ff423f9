// The card's voice: read its words aloud (or play the person's recording when the tablet cannot),
// and record, play or remove the person's own voice on the card.
import { useTranslation } from 'react-i18next';
import { ReadAloudButton } from '../a11y';
import type { Card } from '../domain/types';
import { addCardRecording } from '../storage';
import { CardSection } from './CardSection';
import { useCardChange } from './useCardChange';
import { VoiceRecorder } from './VoiceRecorder';
import { ProblemMessage } from '../ui/ProblemMessage';

/** The "Listen" and "My voice" part of the card screen. */
export function CardVoice({ card, personId }: { card: Card; personId: string }) {
  const { t } = useTranslation();
  const { change, problem } = useCardChange(card.id);
  return (
    <CardSection symbolId="1f50a" title={t('voice.title')} className="card-voice">
      <ReadAloudButton text={card.words} recordingId={card.recordingId} size="large" />
      <VoiceRecorder
        recordingId={card.recordingId}
        onRecorded={(audio) => addCardRecording(card.id, { personId, ...audio })}
        onRemove={() => void change(() => ({ recordingId: undefined }))}
      />
      <ProblemMessage problem={problem} />
    </CardSection>
  );
}

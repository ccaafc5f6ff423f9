// A problem said in plain words, spoken at once to screen readers, with a button beside it that
// reads it aloud for a person who cannot read it (outside the alert, so it is not read twice).
import { useTranslation } from 'react-i18next';
import { ReadAloudButton } from '../a11y';
import { Message } from '../ui/Message';

/** Shows `problem` as an urgent message with a read-aloud button, or nothing. */
export function SpokenProblem({ problem }: { problem?: string }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return (
    <div className="spoken-problem">
      <Message tone="problem" isUrgent>
        {problem}
      </Message>
      <ReadAloudButton text={problem} label={t('share.listenProblem')} />
    </div>
  );
}

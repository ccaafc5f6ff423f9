// Tells a person on their home that a helper removed their picture code, when and who, until
// they tap OK; the removal stays listed under "My picture code".
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/routes';
import type { Person } from '../../domain/types';
import { markResetsSeen, StorageError } from '../../storage';
import { Button, LinkButton } from '../../ui/Button';
import { Message } from '../../ui/Message';
import { ProblemMessage } from '../../ui/ProblemMessage';
import { useDateWords } from './useDateWords';

/** The message about the latest removal `person` has not seen yet, or nothing. */
export function ResetNotice({ person }: { person: Person }) {
  const { t } = useTranslation();
  const dateOf = useDateWords();
  const [problem, setProblem] = useState<string>();
  const unseen = (person.lock?.resets ?? []).filter((reset) => reset.seenAt === undefined);
  const latest = unseen[unseen.length - 1];
  if (!latest) return null;

  async function handleOk() {
    setProblem(undefined);
    try {
      await markResetsSeen(person.id);
    } catch (error) {
      setProblem(t(`errors.${error instanceof StorageError ? error.problem : 'unknown'}`));
    }
  }

  return (
    <>
      <Message
        tone="warning"
        actions={
          <>
            <Button symbolId="2705" variant="primary" onClick={() => void handleOk()}>
              {t('lock.notice.ok')}
            </Button>
            <LinkButton
              href={hrefOf({ name: 'picture-code', personId: person.id })}
              symbolId="1f512"
            >
              {t('lock.code.title')}
            </LinkButton>
          </>
        }
      >
        <p>{t('lock.notice.removed', { date: dateOf(latest.at) })}</p>
        <p>{t('lock.notice.by', { name: latest.by })}</p>
        <p>{t('lock.notice.chooseNew')}</p>
      </Message>
      <ProblemMessage problem={problem} />
    </>
  );
}

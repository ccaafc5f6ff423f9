// "Remove Ana?": the person's picture and name, what will go from the tablet in plain words with
// numbers, the advice to save a copy first, and two big buttons: keep them, or remove them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadAloudButton } from '../a11y';
import { hrefOf, navigate } from '../app/routes';
import type { Person } from '../domain/types';
import { PersonPicture, usePerson } from '../people';
import type { PersonDataCount } from '../storage';
import { Button, LinkButton } from '../ui/Button';
import { Message } from '../ui/Message';
import { NotFoundScreen } from '../ui/NotFoundScreen';
import { ProblemMessage } from '../ui/ProblemMessage';
import { ScreenLayout } from '../ui/ScreenLayout';
import { SymbolImage } from '../ui/SymbolImage';
import { RemovalList, removalWords } from './RemovalList';
import { UNDO_MS } from './removalStore';
import { usePersonDataCount } from './usePersonData';
import { useRemovePerson } from './useRemovePerson';
import './settingsData.css';

interface QuestionProps {
  person: Person;
  counts: PersonDataCount;
  onRemoving: (isRemoving: boolean) => void;
}

function RemoveQuestion({ person, counts, onRemoving }: QuestionProps) {
  const { t } = useTranslation();
  const { isBusy, problem, remove } = useRemovePerson(person.id, onRemoving);
  const { name } = person;
  const undoFor = t('removePerson.undoFor', { count: Math.round(UNDO_MS / 60_000) });
  const spoken = [t('removePerson.what', { name }), ...removalWords(counts, name, t), undoFor];
  return (
    <div className="remove-person">
      <p className="remove-person__who">
        <PersonPicture person={person} alt="" size={128} />
        <span className="remove-person__name">{name}</span>
      </p>
      <p className="lead">{t('removePerson.what', { name })}</p>
      <RemovalList counts={counts} name={name} />
      <p className="lead">
        <SymbolImage symbolId="23f3" alt="" size={32} />
        {undoFor}
      </p>
      <ReadAloudButton text={spoken.join(' ')} />
      <Message
        tone="warning"
        actions={
          <LinkButton href={hrefOf({ name: 'backup', personId: person.id })} symbolId="1f4be">
            {t('removePerson.saveCopy')}
          </LinkButton>
        }
      >
        {t('removePerson.copyFirst')}
      </Message>
      <ProblemMessage problem={problem} />
      <div className="remove-person__buttons">
        <Button
          symbolId="1f6e1"
          variant="primary"
          size="large"
          disabled={isBusy}
          onClick={() => navigate({ name: 'settings' })}
        >
          {t('removePerson.keep', { name })}
        </Button>
        <Button
          symbolId="1f5d1"
          size="large"
          className="button--danger"
          disabled={isBusy}
          onClick={() => void remove()}
        >
          {t('removePerson.remove', { name })}
        </Button>
      </div>
    </div>
  );
}

/** The question before a person and everything of theirs is removed from this tablet. */
export function RemovePersonScreen({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const person = usePerson(personId);
  const counts = usePersonDataCount(personId);
  const [isRemoving, setIsRemoving] = useState(false);
  const back = (
    <LinkButton href={hrefOf({ name: 'settings' })} symbolId="2699" variant="quiet">
      {t('settings.title')}
    </LinkButton>
  );
  if (person === null) {
    // Just removed here: the screen goes to Settings in a moment, with "Undo".
    return isRemoving ? null : <NotFoundScreen message={t('errors.personNotFound')} start={back} />;
  }
  if (!person || !counts) return null;
  return (
    <ScreenLayout
      title={t('removePerson.title', { name: person.name })}
      titlePicture={<SymbolImage symbolId="1f5d1" alt="" size={40} />}
      navLabel={t('nav.label')}
      start={back}
    >
      <RemoveQuestion person={person} counts={counts} onRemoving={setIsRemoving} />
    </ScreenLayout>
  );
}

// The lock screen of a person with a picture code: their picture and name (as on "Who is using
// My Plan?"), nothing else of theirs; the 9 pictures to tap; a wait after too many wrong tries;
// and, for a forgotten code, a helper's way to remove it, which the person is told about.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadAloudButton, useAnnounce } from '../../a11y';
import { hrefOf } from '../../app/routes';
import { LinkButton, Button } from '../../ui/Button';
import { ProblemMessage } from '../../ui/ProblemMessage';
import { ScreenLayout } from '../../ui/ScreenLayout';
import { SymbolImage } from '../../ui/SymbolImage';
import { PersonPicture } from '../PersonPicture';
import { usePerson } from '../usePeople';
import { CodePad } from './CodePad';
import { HelperReset } from './HelperReset';
import { unlockPerson } from './lockState';
import { useCodeTry } from './useCodeTry';
import { usePersonLock } from './usePersonLock';
import { useWait, WaitNotice } from './WaitNotice';
import './lock.css';

/** Asks person `personId` for their picture code; lets them in when it is right. */
export function LockScreen({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const person = usePerson(personId);
  const lock = usePersonLock(personId);
  const [isHelper, setIsHelper] = useState(false);
  const code = useCodeTry(personId, () => {
    announce(t('lock.opened'));
    unlockPerson(personId);
  });
  const wait = useWait(code.waitUntil, lock?.waitUntil);
  if (isHelper && person) {
    return <HelperReset person={person} onStop={() => setIsHelper(false)} />;
  }
  return (
    <ScreenLayout
      title={t('lock.title')}
      titlePicture={<SymbolImage symbolId="1f512" alt="" size={48} />}
      navLabel={t('nav.label')}
      start={
        <LinkButton href={hrefOf({ name: 'people' })} symbolId="1f465" variant="quiet">
          {t('nav.changePerson')}
        </LinkButton>
      }
    >
      <div className="lock">
        {person ? (
          <p className="lock__who">
            <PersonPicture person={person} alt="" size={96} />
            <span>{person.name}</span>
          </p>
        ) : null}
        {wait.until ? <WaitNotice until={wait.until} now={wait.now} /> : null}
        <p className="lead">
          <span>{t('lock.tapCode')}</span>
          <ReadAloudButton text={t('lock.tapCode')} />
        </p>
        <CodePad
          entered={code.entered}
          onTap={code.tap}
          isDisabled={code.isChecking || wait.until !== undefined}
          isShowingPictures={false}
        />
        <ProblemMessage problem={code.problem} />
        <div className="lock__actions">
          <Button symbolId="1f504" onClick={code.startAgain} disabled={code.entered.length === 0}>
            {t('lock.startAgain')}
          </Button>
          <Button symbolId="1f9f0" variant="quiet" onClick={() => setIsHelper(true)}>
            {t('lock.helper')}
          </Button>
        </div>
      </div>
    </ScreenLayout>
  );
}

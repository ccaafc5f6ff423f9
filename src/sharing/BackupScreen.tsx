// "Save a copy of everything" of one person: all plans, cards (private ones too), meetings,
// pictures and recordings in one file, best locked with a password; saved or sent, and recorded.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanBundle } from '../domain/bundle';
import { HomeLink, usePerson } from '../people';
import { collectPersonBundle } from '../storage';
import { Message } from '../ui/Message';
import { NotFoundScreen } from '../ui/NotFoundScreen';
import { ScreenLayout } from '../ui/ScreenLayout';
import { SymbolImage } from '../ui/SymbolImage';
import { BundleFacts } from './BundleFacts';
import { FileWays } from './FileWays';
import { MYPLAN_EXTENSION } from './files';
import { datedFileName } from './fileName';
import { StepTitle } from './StepTitle';
import { useBundlePictures } from './useBundlePictures';
import type { HandOverPlan } from './useFileHandOver';
import './sharing.css';

/** Everything of the person as it is now (for the counts), or undefined while reading. */
function usePersonBundle(personId: string): PlanBundle | undefined {
  const [bundle, setBundle] = useState<PlanBundle>();
  useEffect(() => {
    let isCurrent = true;
    void collectPersonBundle(personId)
      .then((next) => {
        if (isCurrent) setBundle(next);
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [personId]);
  return bundle;
}

/** The backup screen of one person. */
export function BackupScreen({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const person = usePerson(personId);
  const bundle = usePersonBundle(personId);
  const urls = useBundlePictures(bundle?.pictures);
  const home = <HomeLink personId={personId} />;
  if (person === null) {
    return <NotFoundScreen message={t('errors.personNotFound')} start={home} />;
  }
  if (!person) return null;
  const handOver: HandOverPlan = {
    fileName: datedFileName(
      t('backup.fileName', { name: person.name }),
      t('share.fileFallback'),
      new Date(),
      MYPLAN_EXTENSION,
    ),
    collect: () => collectPersonBundle(personId),
    record: (_how, made, isLocked, tappedAt) => ({
      personId,
      kind: 'backup',
      planIds: made.plans.map((plan) => plan.id),
      cardIds: made.cards.map((card) => card.id),
      meetingIds: made.meetings.map((meeting) => meeting.id),
      withIds: [],
      isLocked,
      agreedAt: tappedAt,
    }),
  };
  return (
    <ScreenLayout
      title={t('backup.title')}
      titlePicture={<SymbolImage symbolId="1f4be" alt="" size={40} />}
      navLabel={t('nav.label')}
      start={home}
    >
      <div className="share-screen">
        <section aria-labelledby="backup-what">
          <StepTitle
            id="backup-what"
            symbolId="1f4e6"
            title={t('backup.whatTitle')}
            hint={t('backup.whatHint', { name: person.name })}
          />
          <Message tone="warning">
            <SymbolImage symbolId="1f512" alt="" size={32} />
            {t('backup.privateToo')}
          </Message>
          {bundle ? <BundleFacts bundle={bundle} urls={urls} /> : null}
        </section>
        <section aria-labelledby="backup-how">
          <StepTitle
            id="backup-how"
            symbolId="1f511"
            title={t('backup.howTitle')}
            hint={t('backup.howHint')}
          />
          <FileWays
            plan={handOver}
            saveLabel={t('backup.save')}
            sendLabel={t('backup.send')}
            advice={t('backup.advice')}
          />
        </section>
      </div>
    </ScreenLayout>
  );
}

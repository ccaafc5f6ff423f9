// "Share — the person chooses": every card with a tick (private ones cannot be ticked), who will
// get it, exactly what will leave the tablet, then the person's "yes", then how: print, file, send.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadAloudButton } from '../a11y';
import { hrefOf } from '../app/routes';
import type { Card } from '../domain/types';
import { planTitle } from '../plans';
import { Button, LinkButton } from '../ui/Button';
import { Message } from '../ui/Message';
import { NotFoundScreen } from '../ui/NotFoundScreen';
import { ScreenLayout } from '../ui/ScreenLayout';
import { SymbolImage } from '../ui/SymbolImage';
import { ShareCardChoice } from './ShareCardChoice';
import { SharePoster } from './SharePoster';
import { ShareWays } from './ShareWays';
import { ShareWithChoice } from './ShareWithChoice';
import { StepTitle } from './StepTitle';
import { cardsToShare, choiceKey, setChosen, setTick } from './shareChoice';
import { useShareData } from './useShareData';
import './sharing.css';

/** The share screen of one plan. */
export function ShareScreen({ personId, planId }: { personId: string; planId: string }) {
  const { t, i18n } = useTranslation();
  const data = useShareData(personId, planId);
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [withIds, setWithIds] = useState<string[]>([]);
  const [agreed, setAgreed] = useState<{ key: string; at: number }>();
  const [today] = useState(() => Date.now());
  const back = (
    <LinkButton href={hrefOf({ name: 'plan', personId, planId })} symbolId="2b05" variant="quiet">
      {t('nav.backToPlan')}
    </LinkButton>
  );
  if (data === null) {
    return <NotFoundScreen message={t('errors.planNotFound')} start={back} />;
  }
  if (!data) return null;
  const { plan, cards, person, supporters } = data;
  const title = planTitle(plan, t);
  const shared = cardsToShare(plan, cards, unticked);
  const sharedIds = shared.map((card) => card.id);
  const chosenWith = withIds.filter((id) => supporters.some((s) => s.id === id));
  const key = choiceKey(sharedIds, chosenWith);
  const agreedAt = agreed?.key === key ? agreed.at : undefined;
  const time = (at: number) =>
    new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(at);

  return (
    <ScreenLayout
      title={t('share.title', { title })}
      titlePicture={<SymbolImage symbolId="1f4e4" alt="" size={40} />}
      navLabel={t('nav.label')}
      start={back}
    >
      <div className="share-screen">
        <div className="share-screen__intro">
          <p className="lead">{t('share.intro')}</p>
          <ReadAloudButton text={t('share.intro')} />
        </div>
        <section aria-labelledby="share-cards">
          <StepTitle
            id="share-cards"
            symbolId="2705"
            title={t('share.cardsTitle')}
            hint={t('share.cardsHint')}
          />
          <ShareCardChoice
            plan={plan}
            cards={cards}
            personId={personId}
            unticked={unticked}
            onTick={(card: Card, isOn: boolean) => setUnticked(setTick(unticked, card, isOn))}
          />
        </section>
        <section aria-labelledby="share-who">
          <StepTitle
            id="share-who"
            symbolId="1f465"
            title={t('share.whoTitle')}
            hint={t('share.whoHint')}
          />
          <ShareWithChoice
            supporters={supporters}
            chosenIds={chosenWith}
            onChoose={(id, isOn) => setWithIds(setChosen(withIds, id, isOn))}
          />
        </section>
        <section aria-labelledby="share-preview">
          <StepTitle
            id="share-preview"
            symbolId="1f441"
            title={t('share.previewTitle')}
            hint={t('share.previewHint', { count: shared.length })}
          />
          <SharePoster
            plan={plan}
            cards={shared}
            person={person}
            date={agreedAt ?? today}
            isPrintable
          />
        </section>
        <section aria-labelledby="share-agree">
          <StepTitle id="share-agree" symbolId="1f44d" title={t('share.agreeTitle')} />
          {shared.length === 0 ? (
            <Message tone="warning">{t('share.nothingTicked')}</Message>
          ) : agreedAt === undefined ? (
            <Button
              symbolId="1f44d"
              variant="primary"
              size="large"
              onClick={() => setAgreed({ key, at: Date.now() })}
            >
              {t('share.agree')}
            </Button>
          ) : (
            <ShareWays
              personId={personId}
              planId={planId}
              planTitle={title}
              cardIds={sharedIds}
              withIds={chosenWith}
              agreedAt={agreedAt}
              agreedNote={t('share.agreed', { time: time(agreedAt) })}
            />
          )}
        </section>
      </div>
    </ScreenLayout>
  );
}

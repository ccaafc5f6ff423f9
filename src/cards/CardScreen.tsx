// Everything about one card, big, for a person who may not read (helpers use it too): the card
// itself, then one section per thing a card can hold. Every change is saved at once.
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../app/routes';
import { HomeLink, usePreferences } from '../people';
import { usePlan } from '../plans';
import { LinkButton } from '../ui/Button';
import { NotFoundScreen } from '../ui/NotFoundScreen';
import { ScreenLayout } from '../ui/ScreenLayout';
import { SymbolImage } from '../ui/SymbolImage';
import { CardDelete } from './CardDelete';
import { CardHelpers } from './CardHelpers';
import { CardHero } from './CardHero';
import { CardLooks } from './CardLooks';
import { CardNotesSection } from './CardNotesSection';
import { CardPrivate } from './CardPrivate';
import { CardRating } from './CardRating';
import { CardSteps } from './CardSteps';
import { CardVoice } from './CardVoice';
import { CardWhen } from './CardWhen';
import { useCard } from './useCard';
import './cardScreen.css';

interface CardScreenProps {
  personId: string;
  cardId: string;
}

/** The card screen of card `cardId`, which belongs to one of person `personId`'s plans. */
export function CardScreen({ personId, cardId }: CardScreenProps) {
  const { t } = useTranslation();
  const card = useCard(cardId);
  const plan = usePlan(card?.planId ?? '');
  // "Me" keeps the screen to looking, listening, ticking and rating; "Helper" shows every tool.
  const isHelper = usePreferences(personId).mode === 'helper';

  if (card === null || plan === null || (plan && plan.personId !== personId)) {
    return (
      <NotFoundScreen message={t('cardScreen.notFound')} start={<HomeLink personId={personId} />} />
    );
  }
  if (!card || !plan) return null;

  return (
    <ScreenLayout
      title={t('cardScreen.title')}
      titlePicture={<SymbolImage symbolId="1f4c4" alt="" size={40} />}
      navLabel={t('nav.label')}
      start={
        <LinkButton
          href={hrefOf({ name: 'plan', personId, planId: card.planId })}
          symbolId="2b05"
          variant="quiet"
        >
          {t('nav.backToPlan')}
        </LinkButton>
      }
    >
      <div className="card-screen">
        <CardHero card={card} legend={plan.legend} />
        <CardVoice card={card} personId={personId} />
        {isHelper ? <CardLooks card={card} legend={plan.legend} /> : null}
        <CardSteps card={card} personId={personId} />
        {isHelper ? <CardHelpers card={card} personId={personId} /> : null}
        {isHelper ? <CardWhen card={card} /> : null}
        <CardRating card={card} />
        <CardNotesSection card={card} personId={personId} />
        <div>
          <LinkButton
            href={hrefOf({ name: 'goal-progress', personId, cardId: card.id })}
            symbolId="1f4c8"
          >
            {t('progress.cardLink')}
          </LinkButton>
        </div>
        <CardPrivate card={card} />
        <CardDelete card={card} personId={personId} />
      </div>
    </ScreenLayout>
  );
}

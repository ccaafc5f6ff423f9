// The cards of a meeting's summary: the ratings given (a face for now, a ladder for where the
// person wants to be) and the actions agreed (who helps, by when). A private card is never printed.
import { useTranslation } from 'react-i18next';
import type { Card, ScaleStep, Supporter } from '../domain/types';
import { PictureView } from '../pictures';
import { SymbolImage } from '../ui/SymbolImage';
import { faceOn, RATING_FACES } from './feedback';
import { MeetingSummarySection } from './MeetingSummarySection';
import { dateInWords, type MeetingRating } from './summaryFacts';

/** A card's picture and words; a private card shows them on screen only, never in print. */
export function SummaryCardLabel({ card, isPrinting }: { card: Card; isPrinting: boolean }) {
  const { t } = useTranslation();
  if (!card.isPrivate) {
    return (
      <span className="summary-card">
        <PictureView picture={card.picture} alt="" size={80} className="summary-card__picture" />
        <span className="summary-card__words">{card.words}</span>
      </span>
    );
  }
  return (
    <>
      {isPrinting ? null : (
        <span className="summary-card summary-card--screen-only">
          <PictureView picture={card.picture} alt="" size={80} className="summary-card__picture" />
          <span className="summary-card__words">{card.words}</span>
          <span className="summary-card__private">
            <SymbolImage symbolId="1f512" alt="" size={28} />
            {t('meetingEnd.summary.private')}
          </span>
        </span>
      )}
      <span className="summary-card summary-card--print-only">
        <SymbolImage symbolId="1f512" alt="" size={80} className="summary-card__picture" />
        <span className="summary-card__words">{t('meetingEnd.summary.privateCard')}</span>
      </span>
    </>
  );
}

/** Five rungs, the wished one marked; named "Step 4 of 5" for screen readers. */
function Ladder({ step }: { step: ScaleStep }) {
  const { t } = useTranslation();
  return (
    <span className="summary-ladder" role="img" aria-label={t('meetingEnd.summary.step', { step })}>
      {[5, 4, 3, 2, 1].map((rung) => (
        <span
          key={rung}
          className={`summary-ladder__rung${rung === step ? ' summary-ladder__rung--on' : ''}`}
        />
      ))}
    </span>
  );
}

/** "How it is going": every card rated in the meeting, now and where the person wants it. */
export function SummaryRatings({
  ratings,
  isPrinting,
}: {
  ratings: readonly MeetingRating[];
  isPrinting: boolean;
}) {
  const { t } = useTranslation();
  return (
    <MeetingSummarySection symbolId="1f4c8" title={t('meetingEnd.summary.ratings')} wide>
      {ratings.length === 0 ? (
        <p className="summary__empty">{t('meetingEnd.summary.noRatings')}</p>
      ) : (
        <ul className="summary-rows">
          {ratings.map(({ card, rating }) => {
            const face = faceOn(RATING_FACES, rating.value);
            return (
              <li key={card.id} className="summary-row" data-card-id={card.id}>
                <SummaryCardLabel card={card} isPrinting={isPrinting} />
                <span className="summary-answer">
                  <span className="summary-answer__label">{t('meetingEnd.summary.now')}</span>
                  <SymbolImage symbolId={face.symbolId} alt="" size={64} />
                  <span className="summary-answer__value">{t(face.nameKey)}</span>
                </span>
                {rating.wish ? (
                  <span className="summary-answer">
                    <span className="summary-answer__label">{t('meetingEnd.summary.wish')}</span>
                    <Ladder step={rating.wish} />
                    <SymbolImage
                      symbolId={faceOn(RATING_FACES, rating.wish).symbolId}
                      alt=""
                      size={64}
                    />
                    <span className="summary-answer__value">
                      {t(faceOn(RATING_FACES, rating.wish).nameKey)}
                    </span>
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </MeetingSummarySection>
  );
}

interface SummaryActionsProps {
  actions: readonly Card[];
  supporters: ReadonlyMap<string, Supporter>;
  isPrinting: boolean;
}

/** "What we agreed": each action card with who helps and by when. */
export function SummaryActions({ actions, supporters, isPrinting }: SummaryActionsProps) {
  const { t, i18n } = useTranslation();
  return (
    <MeetingSummarySection symbolId="1f91d" title={t('meetingEnd.summary.actions')} wide>
      {actions.length === 0 ? (
        <p className="summary__empty">{t('meetingEnd.summary.noActions')}</p>
      ) : (
        <ul className="summary-rows">
          {actions.map((card) => {
            const helpers = (card.helperIds ?? []).flatMap((id) => supporters.get(id) ?? []);
            return (
              <li key={card.id} className="summary-row" data-card-id={card.id}>
                <SummaryCardLabel card={card} isPrinting={isPrinting} />
                <span className="summary-answer">
                  <span className="summary-answer__label">{t('meetingEnd.summary.whoHelps')}</span>
                  {helpers.length === 0 ? (
                    <span className="summary-answer__value">
                      {t('meetingEnd.summary.nobodyHelps')}
                    </span>
                  ) : (
                    helpers.map((helper) => (
                      <span key={helper.id} className="summary-person summary-person--small">
                        <PictureView picture={helper.picture} alt="" size={48} />
                        <span className="summary-answer__value">{helper.name}</span>
                      </span>
                    ))
                  )}
                </span>
                <span className="summary-answer">
                  <span className="summary-answer__label">{t('meetingEnd.summary.byWhen')}</span>
                  <SymbolImage symbolId="1f4c5" alt="" size={48} />
                  <span className="summary-answer__value">
                    {card.when
                      ? dateInWords(card.when, i18n.language)
                      : t('meetingEnd.summary.noDate')}
                  </span>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </MeetingSummarySection>
  );
}

// "Private": a big switch with a lock. A private card is never shared unless the person turns
// this off again.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card } from '../domain/types';
import { SymbolImage } from '../ui/SymbolImage';
import { CardSection } from './CardSection';
import { useCardChange } from './useCardChange';
import { usePendingValue } from './usePendingValue';
import { ProblemMessage } from '../ui/ProblemMessage';

/** The "Private" part of the card screen. */
export function CardPrivate({ card }: { card: Card }) {
  const { t } = useTranslation();
  const switchId = useId();
  const { change, problem } = useCardChange(card.id);
  const [isPrivate, showPrivate] = usePendingValue(card.isPrivate === true);

  function handleChange(isOn: boolean) {
    const saving = change(
      () => ({ isPrivate: isOn }),
      () => t(isOn ? 'cardScreen.private.on' : 'cardScreen.private.off'),
    );
    showPrivate(isOn, saving);
  }

  return (
    <CardSection symbolId="1f512" title={t('cardScreen.private.title')} className="card-private">
      <div className="switch">
        <input
          id={switchId}
          type="checkbox"
          className="switch__input"
          checked={isPrivate}
          onChange={(event) => handleChange(event.target.checked)}
        />
        <label htmlFor={switchId} className="switch__label">
          <SymbolImage symbolId="1f512" alt="" size={48} />
          <span>{t('cardScreen.private.label')}</span>
        </label>
      </div>
      <ProblemMessage problem={problem} />
    </CardSection>
  );
}

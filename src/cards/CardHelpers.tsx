// "Who helps me": the person's supporters as big photo tiles; tap one to say they help with this
// card, tap again to take them off. New supporters can be added here and are kept for every plan.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PictureView } from '../pictures';
import type { Card, Supporter } from '../domain/types';
import { Button } from '../ui/Button';
import { TickTiles } from '../ui/TickTiles';
import { AddSupporterForm } from './AddSupporterForm';
import { CardSection } from './CardSection';
import { useSupporters } from './useCard';
import { useCardChange } from './useCardChange';
import { usePendingValue } from './usePendingValue';
import { ProblemMessage } from '../ui/ProblemMessage';

/** The "Who helps me" part of the card screen. */
export function CardHelpers({ card, personId }: { card: Card; personId: string }) {
  const { t } = useTranslation();
  const supporters = useSupporters(personId);
  const { change, problem } = useCardChange(card.id);
  const [isAdding, setIsAdding] = useState(false);
  const addRef = useRef<HTMLDivElement>(null);
  const [shownIds, showIds] = usePendingValue(card.helperIds);
  const helperIds = shownIds ?? [];

  function setHelping(supporter: Supporter, isHelping: boolean) {
    const others = helperIds.filter((id) => id !== supporter.id);
    const saving = change(
      (stored) => {
        const ids = (stored.helperIds ?? []).filter((id) => id !== supporter.id);
        return { helperIds: isHelping ? [...ids, supporter.id] : ids };
      },
      () =>
        t(isHelping ? 'cardScreen.helpers.on' : 'cardScreen.helpers.off', { name: supporter.name }),
    );
    showIds(isHelping ? [...others, supporter.id] : others, saving);
  }

  function closeForm() {
    setIsAdding(false);
    requestAnimationFrame(() => addRef.current?.querySelector('button')?.focus());
  }

  return (
    <CardSection symbolId="1f91d" title={t('cardScreen.helpers.title')} className="card-helpers">
      {supporters && supporters.length === 0 ? (
        <p className="card-section__empty">{t('cardScreen.helpers.none')}</p>
      ) : null}
      {supporters && supporters.length > 0 ? (
        <TickTiles
          items={supporters}
          tileOf={(supporter) => ({
            id: supporter.id,
            picture: (
              <PictureView
                picture={supporter.picture}
                alt=""
                size={96}
                className="helper__picture"
              />
            ),
            name: supporter.name,
          })}
          chosenIds={helperIds}
          label={t('cardScreen.helpers.list')}
          onToggle={setHelping}
          listClass="helpers"
          tileClass="helper"
          markSize={32}
        />
      ) : null}
      <ProblemMessage problem={problem} />
      {isAdding ? (
        <AddSupporterForm
          personId={personId}
          onClose={closeForm}
          onAdded={(supporter) => {
            setHelping(supporter, true);
            closeForm();
          }}
        />
      ) : (
        <div ref={addRef}>
          <Button symbolId="2795" onClick={() => setIsAdding(true)}>
            {t('cardScreen.helpers.add')}
          </Button>
        </div>
      )}
    </CardSection>
  );
}

// The steps of a card: small cards with tick boxes, in an order the person can change without
// dragging (Up and Down, or pick up a step and use the arrow keys), and a way to add more.
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { sortByOrder } from '../domain/ordering';
import type { Card } from '../domain/types';
import { AddStepForm } from './AddStepForm';
import { CardSection } from './CardSection';
import { StepItem } from './StepItem';
import { StepsEnd } from './StepsEnd';
import { useStepActions } from './useStepActions';
import { ProblemMessage } from '../ui/ProblemMessage';

/** The "Steps" part of the card screen. */
export function CardSteps({ card, personId }: { card: Card; personId: string }) {
  const { t } = useTranslation();
  const hintId = useId();
  const actions = useStepActions(card.id);
  const addRef = useRef<HTMLDivElement>(null);
  const steps = sortByOrder(card.steps ?? []);
  const doneCount = steps.filter((step) => step.isDone).length;

  return (
    <CardSection symbolId="1f463" title={t('cardScreen.steps.title')} className="card-steps">
      <p id={hintId} className="visually-hidden">
        {t('cardScreen.steps.hint')}
      </p>
      {steps.length === 0 ? (
        <p className="card-section__empty">{t('cardScreen.steps.empty')}</p>
      ) : (
        <>
          <p className="card-steps__progress">
            {t('cardScreen.steps.progress', { done: doneCount, total: steps.length })}
          </p>
          <ol className="steps" aria-label={t('cardScreen.steps.title')}>
            {steps.map((step, index) => (
              <StepItem
                key={step.id}
                step={step}
                isFirst={index === 0}
                isLast={index === steps.length - 1}
                isPicked={actions.pickedId === step.id}
                focus={actions.focus?.stepId === step.id ? actions.focus : undefined}
                hintId={hintId}
                onTick={actions.handleTick}
                onMove={(moved, direction, control) =>
                  void actions.handleMove(moved, direction, control)
                }
                onPick={actions.handlePick}
                onPutDown={actions.handlePutDown}
                onDrop={(draggedId, beforeId) => void actions.handleDrop(draggedId, beforeId)}
                onRemove={(removed) =>
                  void actions.handleRemove(removed).then((isAnyLeft) => {
                    if (!isAnyLeft) addRef.current?.querySelector('button')?.focus();
                  })
                }
              />
            ))}
          </ol>
          {steps.length > 1 ? (
            <StepsEnd onDrop={(draggedId) => void actions.handleDrop(draggedId, null)} />
          ) : null}
        </>
      )}
      <ProblemMessage problem={actions.problem} />
      <div ref={addRef}>
        <AddStepForm cardId={card.id} personId={personId} onAdd={actions.handleAdd} />
      </div>
    </CardSection>
  );
}

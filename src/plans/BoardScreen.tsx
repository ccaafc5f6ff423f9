// The plan board: lanes with cards, moved by drag, by tap-then-tap, or by keyboard; undo always near.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../app/routes';
import { databaseStatus } from '../storage';
import { Button, LinkButton } from '../ui/Button';
import { Message } from '../ui/Message';
import { ScreenLayout } from '../ui/ScreenLayout';
import { SymbolImage } from '../ui/SymbolImage';
import { CardDragPreview } from './CardDragPreview';
import { LaneColumn } from './LaneColumn';
import { planTitle } from './planTitle';
import { useBoardActions } from './useBoardActions';
import { useCards, usePlan, useUndoState } from './usePlans';

/** Shows one plan as a board. */
export function BoardScreen({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const plan = usePlan(planId);
  const cards = useCards(planId);
  const undoState = useUndoState(planId);
  const actions = useBoardActions(plan, cards);
  const hintId = useId();
  const isEditable = !databaseStatus().isReadOnly;

  if (plan === null) {
    return (
      <ScreenLayout
        title={t('errors.notFoundTitle')}
        navLabel={t('nav.label')}
        start={
          <LinkButton href={hrefOf({ name: 'people' })} symbolId="1f465" variant="quiet">
            {t('nav.changePerson')}
          </LinkButton>
        }
      >
        <Message tone="problem">{t('errors.planNotFound')}</Message>
      </ScreenLayout>
    );
  }
  if (!plan || !cards) return null;
  const picked = cards.find((card) => card.id === actions.pickedId);

  return (
    <ScreenLayout
      title={planTitle(plan, t)}
      titlePicture={<SymbolImage symbolId={plan.symbolId} alt="" size={40} />}
      navLabel={t('nav.label')}
      start={
        <LinkButton
          href={hrefOf({ name: 'home', personId: plan.personId })}
          symbolId="1f3e0"
          variant="quiet"
        >
          {t('nav.home')}
        </LinkButton>
      }
      end={
        isEditable ? (
          <>
            <Button symbolId="21a9" onClick={actions.handleUndo} disabled={!undoState?.canUndo}>
              {t('board.undo')}
            </Button>
            <Button symbolId="21aa" onClick={actions.handleRedo} disabled={!undoState?.canRedo}>
              {t('board.redo')}
            </Button>
          </>
        ) : null
      }
    >
      <p id={hintId} className="visually-hidden">
        {t('board.hint')}
      </p>
      {actions.problem ? (
        <Message tone="problem" isUrgent>
          {actions.problem}
        </Message>
      ) : null}
      {picked ? (
        <Message
          tone="info"
          actions={
            <Button symbolId="274c" onClick={actions.handleCancel}>
              {t('board.cancel')}
            </Button>
          }
        >
          {t('board.whereTo', { words: picked.words })}
        </Message>
      ) : null}
      <div className="board">
        {plan.lanes.map((lane) => (
          <LaneColumn
            key={lane.id}
            planId={plan.id}
            lane={lane}
            cards={cards.filter((card) => card.laneId === lane.id)}
            pickedId={actions.pickedId}
            focus={actions.focus}
            isEditable={isEditable}
            hintId={hintId}
            onActivate={actions.handleActivate}
            onStep={actions.handleStep}
            onCancel={actions.handleCancel}
            onPlace={actions.handlePlace}
            onDrop={actions.handleDrop}
          />
        ))}
      </div>
      <CardDragPreview />
    </ScreenLayout>
  );
}

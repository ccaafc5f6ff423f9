// The plan board: lanes with cards, moved by drag, by tap-then-tap, or by keyboard; undo always
// near. In Helper mode it also shows the tools to change the lanes.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../a11y/announcer';
import { HomeLink, usePreferences } from '../people';
import { hrefOf } from '../app/routes';
import { databaseStatus } from '../storage';
import { Button, LinkButton } from '../ui/Button';
import { clearFlash } from '../ui/flash';
import { NotFoundScreen } from '../ui/NotFoundScreen';
import { ScreenLayout } from '../ui/ScreenLayout';
import { SymbolImage } from '../ui/SymbolImage';
import './board.css';
import { BoardLanes } from './BoardLanes';
import { BoardLegend } from './BoardLegend';
import { BoardMessages } from './BoardMessages';
import { CardDragPreview } from './CardDragPreview';
import type { BoardContext } from './LaneColumn';
import { planTitle } from './planTitle';
import { useBoardActions } from './useBoardActions';
import { useBoardFocus } from './useBoardFocus';
import { usePickedKeys } from './usePickedKeys';
import { useCards, usePlan, useUndoState } from './usePlans';

/** Shows one plan as a board. */
export function BoardScreen({ personId, planId }: { personId: string; planId: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const plan = usePlan(planId);
  const stored = useCards(planId);
  const undoState = useUndoState(planId);
  const actions = useBoardActions(plan, stored);
  // The cards as stored, with a move on its way to storage already shown in its new place.
  const { cards } = actions;
  useBoardFocus(plan, cards, undoState, actions.requestFocus);
  const picked = cards?.find((card) => card.id === actions.pickedId);
  usePickedKeys(picked, actions.handleStep, actions.handleCancel);
  const { mode } = usePreferences(personId);
  const hintId = useId();
  const isEditable = !databaseStatus().isReadOnly;
  const home = <HomeLink personId={personId} />;

  if (plan === null) {
    return <NotFoundScreen message={t('errors.planNotFound')} start={home} />;
  }
  if (!plan || !cards) return null;
  const board: BoardContext = {
    personId,
    planId,
    laneCount: plan.lanes.length,
    pickedId: actions.pickedId,
    focus: actions.focus,
    isEditable,
    isHelper: mode === 'helper',
    hintId,
    onActivate: actions.handleActivate,
    onStep: actions.handleStep,
    onCancel: actions.handleCancel,
    onPlace: actions.handlePlace,
    onDrop: actions.handleDrop,
    onDone: announce,
    onProblem: actions.fail,
  };
  const handleUndo = () => {
    clearFlash();
    actions.handleUndo();
  };

  return (
    <ScreenLayout
      title={planTitle(plan, t)}
      titlePicture={<SymbolImage symbolId={plan.symbolId} alt="" size={40} />}
      navLabel={t('nav.label')}
      start={home}
      end={
        <>
          {isEditable ? (
            <>
              <Button
                symbolId="21a9"
                onClick={handleUndo}
                disabled={!undoState?.canUndo}
                data-history="undo"
              >
                {t('board.undo')}
              </Button>
              <Button
                symbolId="21aa"
                onClick={actions.handleRedo}
                disabled={!undoState?.canRedo}
                data-history="redo"
              >
                {t('board.redo')}
              </Button>
            </>
          ) : null}
          <LinkButton
            href={hrefOf({ name: 'share', personId, planId })}
            symbolId="1f4e4"
            variant="quiet"
          >
            {t('board.share')}
          </LinkButton>
        </>
      }
    >
      <p id={hintId} className="visually-hidden">
        {t('board.hint')}
      </p>
      <BoardLegend legend={plan.legend} />
      <BoardMessages
        planId={planId}
        problem={actions.problem}
        picked={cards.find((card) => card.id === actions.pickedId)}
        onCancel={actions.handleCancel}
        onUndo={() => actions.handleUndo(true)}
      />
      <BoardLanes plan={plan} cards={cards} board={board} />
      <CardDragPreview />
    </ScreenLayout>
  );
}

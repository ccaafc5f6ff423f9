// One step of a card: a big tick box with its picture and words, and buttons to move it up or
// down, to pick it up for the arrow keys (like cards on the board), and to remove it.
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepDirection } from '../domain/moveStep';
import type { CardStep } from '../domain/types';
import { Button } from '../ui/Button';
import { SymbolImage } from '../ui/SymbolImage';
import { usePendingValue } from './usePendingValue';
import type { StepFocus } from './useStepActions';
import { useStepDrag } from './useStepDrag';

interface StepItemProps {
  step: CardStep;
  isFirst: boolean;
  isLast: boolean;
  isPicked: boolean;
  focus?: StepFocus;
  hintId: string;
  onTick: (step: CardStep, isDone: boolean) => Promise<unknown>;
  onMove: (step: CardStep, direction: StepDirection, control: StepFocus['control']) => void;
  onPick: (step: CardStep) => void;
  onPutDown: (step: CardStep) => void;
  onRemove: (step: CardStep) => void;
  onDrop: (draggedId: string, beforeId: string | null) => void;
}

const KEY_DIRECTIONS: Record<string, StepDirection> = { ArrowUp: 'up', ArrowDown: 'down' };

/** A step in the list; its tools are a group named by the step's words. */
export function StepItem(props: StepItemProps) {
  const { step, isFirst, isLast, isPicked, focus, hintId } = props;
  const { t } = useTranslation();
  const tickId = useId();
  const itemRef = useRef<HTMLLIElement>(null);
  const [isDone, showDone] = usePendingValue(step.isDone);
  const { isOver, drag, drop } = useStepDrag(step.id, props.onDrop);

  useEffect(() => {
    if (!focus) return;
    const find = (control: string) =>
      itemRef.current?.querySelector<HTMLButtonElement>(`[data-control="${control}"]:enabled`);
    (find(focus.control) ?? find('move') ?? find('remove'))?.focus();
  }, [focus]);

  function handleKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (!isPicked) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onPutDown(step);
      return;
    }
    const direction = KEY_DIRECTIONS[event.key];
    if (!direction) return;
    event.preventDefault();
    props.onMove(step, direction, 'move');
  }

  const classes = [
    'step',
    isPicked && 'step--picked',
    isDone && 'step--done',
    isOver && 'step--over',
  ];
  return (
    <li
      ref={(node) => {
        itemRef.current = node;
        drag(drop(node));
      }}
      className={classes.filter(Boolean).join(' ')}
    >
      <div className="step__tick">
        <input
          id={tickId}
          type="checkbox"
          checked={isDone}
          onChange={(event) =>
            showDone(event.target.checked, props.onTick(step, event.target.checked))
          }
        />
        <label htmlFor={tickId}>
          {step.symbolId ? <SymbolImage symbolId={step.symbolId} alt="" size={56} /> : null}
          <span className="step__words">{step.words}</span>
        </label>
      </div>
      <div className="step__tools" role="group" aria-label={step.words}>
        <Button
          symbolId="2b06"
          data-control="up"
          disabled={isFirst}
          onClick={() => props.onMove(step, 'up', 'up')}
        >
          {t('cardScreen.steps.up')}
        </Button>
        <Button
          symbolId="2b07"
          data-control="down"
          disabled={isLast}
          onClick={() => props.onMove(step, 'down', 'down')}
        >
          {t('cardScreen.steps.down')}
        </Button>
        <Button
          symbolId="270b"
          data-control="move"
          className="step__move"
          aria-pressed={isPicked}
          aria-describedby={hintId}
          disabled={isFirst && isLast}
          onClick={() => props.onPick(step)}
          onKeyDown={handleKeyDown}
        >
          {t('cardScreen.steps.move')}
        </Button>
        <Button symbolId="1f5d1" data-control="remove" onClick={() => props.onRemove(step)}>
          {t('cardScreen.steps.remove')}
        </Button>
      </div>
    </li>
  );
}

// Helper tools for one lane: rename it, move it earlier or later, or remove it (undo brings it
// back with its cards). Shown only in Helper mode, folded behind one button.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NAME_LENGTH } from '../domain/limits';
import type { Lane } from '../domain/types';
import { moveLane, removeLane, renameLane } from '../storage';
import { Button } from '../ui/Button';

interface LaneToolsProps {
  planId: string;
  lane: Lane;
  title: string;
  /** The lane's place on the board (0 first); when it changes after a move, focus follows. */
  index: number;
  isFirst: boolean;
  isLast: boolean;
  isOnly: boolean;
  onDone: (message: string) => void;
  onProblem: (error: unknown) => void;
}

type Direction = 'earlier' | 'later';

/** A "Change column" button that opens the tools for this lane. */
export function LaneTools(props: LaneToolsProps) {
  const { planId, lane, title, index, isFirst, isLast, isOnly, onDone, onProblem } = props;
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [name, setName] = useState(title);
  const nameId = useId();
  const toggleId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const moving = useRef<Direction>(undefined);

  // A lane that moved may have been taken out of the page and put back, losing the focus: put it
  // back on the same button, or on the other one when this lane is now at the end.
  useEffect(() => {
    const direction = moving.current;
    if (!direction) return;
    moving.current = undefined;
    const find = (which: Direction) =>
      panelRef.current?.querySelector<HTMLButtonElement>(`[data-move="${which}"]:not(:disabled)`);
    (find(direction) ?? find(direction === 'earlier' ? 'later' : 'earlier'))?.focus();
  }, [index]);

  /** Runs a change; resolves to whether it was saved (the problem is shown when not). */
  async function run(work: () => Promise<unknown>, message: string): Promise<boolean> {
    try {
      await work();
      onDone(message);
      return true;
    } catch (error) {
      onProblem(error);
      return false;
    }
  }

  function move(direction: Direction) {
    moving.current = direction;
    const step = direction === 'earlier' ? -1 : 1;
    void run(() => moveLane(planId, lane.id, step), t('laneTools.moved', { lane: title }));
  }

  async function handleRename(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    const isSaved = await run(
      () => renameLane(planId, lane.id, name),
      t('laneTools.renamed', { lane: name.trim() }),
    );
    // Not saved (the tablet is full…): the typed name stays in its field, under the problem.
    if (!isSaved) return;
    setIsOpen(false);
    document.getElementById(toggleId)?.focus();
  }

  return (
    <div className="lane-tools">
      <Button
        id={toggleId}
        symbolId="270f"
        variant="quiet"
        aria-expanded={isOpen}
        onClick={() => setIsOpen((open) => !open)}
      >
        {t('laneTools.change', { lane: title })}
      </Button>
      {isOpen ? (
        <div className="lane-tools__panel" ref={panelRef}>
          <form className="lane-tools__rename" onSubmit={(event) => void handleRename(event)}>
            <label htmlFor={nameId}>{t('laneTools.newName', { lane: title })}</label>
            <input
              id={nameId}
              value={name}
              maxLength={MAX_NAME_LENGTH}
              autoComplete="off"
              onChange={(event) => setName(event.target.value)}
            />
            <Button type="submit" symbolId="2705">
              {t('laneTools.saveName')}
            </Button>
          </form>
          <Button
            symbolId="2b05"
            disabled={isFirst}
            data-move="earlier"
            onClick={() => move('earlier')}
          >
            {t('laneTools.moveEarlier', { lane: title })}
          </Button>
          <Button symbolId="27a1" disabled={isLast} data-move="later" onClick={() => move('later')}>
            {t('laneTools.moveLater', { lane: title })}
          </Button>
          <Button
            symbolId="1f5d1"
            disabled={isOnly}
            onClick={() => {
              void run(() => removeLane(planId, lane.id), t('laneTools.removed', { lane: title }));
              // The lane goes away: the focus goes to the screen's title, just before Undo.
              document.querySelector<HTMLElement>('h1[tabindex]')?.focus();
            }}
          >
            {t('laneTools.remove', { lane: title })}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

// Helper tools for one lane: rename it, move it earlier or later, or remove it (undo brings it
// back with its cards). Shown only in Helper mode, folded behind one button.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NAME_LENGTH } from '../domain/limits';
import type { Lane } from '../domain/types';
import { moveLane, removeLane, renameLane } from '../storage';
import { Button } from '../ui/Button';

interface LaneToolsProps {
  planId: string;
  lane: Lane;
  title: string;
  isFirst: boolean;
  isLast: boolean;
  isOnly: boolean;
  onDone: (message: string) => void;
  onProblem: (error: unknown) => void;
}

/** A "Change column" button that opens the tools for this lane. */
export function LaneTools(props: LaneToolsProps) {
  const { planId, lane, title, isFirst, isLast, isOnly, onDone, onProblem } = props;
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [name, setName] = useState(title);
  const nameId = useId();

  async function run(work: () => Promise<unknown>, message: string) {
    try {
      await work();
      onDone(message);
    } catch (error) {
      onProblem(error);
    }
  }

  function handleRename(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    void run(
      () => renameLane(planId, lane.id, name),
      t('laneTools.renamed', { lane: name.trim() }),
    );
    setIsOpen(false);
  }

  return (
    <div className="lane-tools">
      <Button
        symbolId="270f"
        variant="quiet"
        aria-expanded={isOpen}
        onClick={() => setIsOpen((open) => !open)}
      >
        {t('laneTools.change', { lane: title })}
      </Button>
      {isOpen ? (
        <div className="lane-tools__panel">
          <form className="lane-tools__rename" onSubmit={handleRename}>
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
            onClick={() =>
              void run(() => moveLane(planId, lane.id, -1), t('laneTools.moved', { lane: title }))
            }
          >
            {t('laneTools.moveEarlier', { lane: title })}
          </Button>
          <Button
            symbolId="27a1"
            disabled={isLast}
            onClick={() =>
              void run(() => moveLane(planId, lane.id, 1), t('laneTools.moved', { lane: title }))
            }
          >
            {t('laneTools.moveLater', { lane: title })}
          </Button>
          <Button
            symbolId="1f5d1"
            disabled={isOnly}
            onClick={() =>
              void run(() => removeLane(planId, lane.id), t('laneTools.removed', { lane: title }))
            }
          >
            {t('laneTools.remove', { lane: title })}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

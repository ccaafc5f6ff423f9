// The lanes of a board, side by side — or, for PATH, as a path from now to the dream with
// arrows between the steps (down the page on a phone; mirrored in Arabic).
import { Fragment } from 'react';
import type { Card, Plan } from '../domain/types';
import { SymbolImage } from '../ui/SymbolImage';
import { AddLaneForm } from './AddLaneForm';
import { LaneColumn, type BoardContext } from './LaneColumn';

interface BoardLanesProps {
  plan: Plan;
  cards: Card[];
  board: BoardContext;
}

/** Every lane of the plan, in its layout. */
export function BoardLanes({ plan, cards, board }: BoardLanesProps) {
  const isPath = plan.layout === 'path';
  return (
    <div className={`board${isPath ? ' board--path' : ''}`}>
      {plan.lanes.map((lane, index) => (
        <Fragment key={lane.id}>
          {isPath && index > 0 ? (
            <div className="path-arrow" aria-hidden="true">
              <SymbolImage symbolId="27a1" alt="" size={40} className="path-arrow__across" />
              <SymbolImage symbolId="2b07" alt="" size={40} className="path-arrow__down" />
            </div>
          ) : null}
          <LaneColumn
            board={board}
            lane={lane}
            index={index}
            cards={cards.filter((card) => card.laneId === lane.id)}
          />
        </Fragment>
      ))}
      {board.isHelper && board.isEditable ? (
        <AddLaneForm
          planId={plan.id}
          laneCount={plan.lanes.length}
          onDone={board.onDone}
          onProblem={board.onProblem}
        />
      ) : null}
    </div>
  );
}

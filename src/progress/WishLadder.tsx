// "Where I want it to be" as a small 5-step ladder with the wished step filled in. A picture
// only: the words beside it say the same for a screen reader.
import type { ScaleStep } from '../domain/types';

const RUNGS: readonly ScaleStep[] = [5, 4, 3, 2, 1];

/** A ladder of five rungs, top first, with rung `wish` marked. */
export function WishLadder({ wish }: { wish: ScaleStep }) {
  return (
    <span className="wish-ladder" aria-hidden="true">
      {RUNGS.map((rung) => (
        <span
          key={rung}
          className={`wish-ladder__rung${rung === wish ? ' wish-ladder__rung--wish' : ''}${rung < wish ? ' wish-ladder__rung--below' : ''}`}
        />
      ))}
    </span>
  );
}

// Pure changes to a plan's lanes: add, rename, move, remove. Storage records them for undo.
import type { Lane, Plan } from './types';

/** Longest number of lanes a plan can have (more would not fit a tablet). */
export const MAX_LANES = 12;

/** A plan with a new lane at the end. */
export function withLaneAdded(plan: Plan, lane: Lane): Plan {
  if (plan.lanes.length >= MAX_LANES) throw new RangeError('too many lanes');
  return { ...plan, lanes: [...plan.lanes, lane] };
}

/** A plan with a lane renamed by the person (a typed name replaces a template name). */
export function withLaneRenamed(plan: Plan, laneId: string, title: string): Plan {
  return {
    ...plan,
    lanes: plan.lanes.map((lane) => {
      if (lane.id !== laneId) return lane;
      const { titleKey: _dropped, ...rest } = lane;
      return { ...rest, title: title.trim() };
    }),
  };
}

/** A plan with a lane moved `delta` places (−1 earlier, +1 later); unchanged at an edge. */
export function withLaneMoved(plan: Plan, laneId: string, delta: -1 | 1): Plan {
  const index = plan.lanes.findIndex((lane) => lane.id === laneId);
  const target = index + delta;
  if (index < 0 || target < 0 || target >= plan.lanes.length) return plan;
  const lanes = [...plan.lanes];
  const [lane] = lanes.splice(index, 1);
  if (lane) lanes.splice(target, 0, lane);
  return { ...plan, lanes };
}

/** A plan without a lane; the last lane cannot be removed. */
export function withLaneRemoved(plan: Plan, laneId: string): Plan {
  if (plan.lanes.length <= 1) throw new RangeError('last lane');
  return { ...plan, lanes: plan.lanes.filter((lane) => lane.id !== laneId) };
}

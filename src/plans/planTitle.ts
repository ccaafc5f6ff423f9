// The words for a plan's and a lane's name, whether from a template (translated) or typed.
import type { TFunction } from 'i18next';
import type { Lane, Plan } from '../domain/types';

/** A plan's name in the current language. */
export function planTitle(plan: Pick<Plan, 'title' | 'titleKey'>, t: TFunction): string {
  return plan.title ?? (plan.titleKey ? t(plan.titleKey) : '');
}

/** A lane's name in the current language. */
export function laneTitle(lane: Pick<Lane, 'title' | 'titleKey'>, t: TFunction): string {
  return lane.title ?? (lane.titleKey ? t(lane.titleKey) : '');
}

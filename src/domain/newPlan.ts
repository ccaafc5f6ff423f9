// Makes the records for a new plan from a template: fresh ids, the template's lanes and legend.
import type { Template } from './templates';
import type { Plan } from './types';

/** What a helper types for an empty board: the plan's name and its lanes' names. */
export interface CustomNames {
  title?: string;
  laneTitles: string[];
}

/** The picture of a lane a helper named on an empty board. */
export const CUSTOM_LANE_SYMBOL = '1f4cc';

/**
 * Builds a new plan for `personId` from `template`; `makeId` gives unique ids.
 * With `names` (the empty board), the plan gets the typed name and lanes instead.
 */
export function planFromTemplate(
  template: Template,
  personId: string,
  now: number,
  makeId: () => string,
  names?: CustomNames,
): Plan {
  const title = names?.title?.trim();
  const typedLanes = (names?.laneTitles ?? []).map((name) => name.trim()).filter(Boolean);
  return {
    id: makeId(),
    personId,
    templateId: template.id,
    ...(template.layout ? { layout: template.layout } : {}),
    ...(title ? { title } : { titleKey: `templates.${template.id}.name` }),
    symbolId: template.symbolId,
    lanes: [
      ...template.lanes.map((lane) => ({
        id: makeId(),
        symbolId: lane.symbolId,
        titleKey: `lanes.${lane.key}`,
      })),
      ...typedLanes.map((laneTitle) => ({
        id: makeId(),
        symbolId: CUSTOM_LANE_SYMBOL,
        title: laneTitle,
      })),
    ],
    legend: template.legend.map((entry) => ({ ...entry })),
    createdAt: now,
    updatedAt: now,
  };
}

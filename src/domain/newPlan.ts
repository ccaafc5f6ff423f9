// Makes the records for a new plan from a template: fresh ids, the template's lanes and legend.
import type { Template } from './templates';
import type { Plan } from './types';

/** Builds a new plan for `personId` from `template`; `makeId` gives unique ids. */
export function planFromTemplate(
  template: Template,
  personId: string,
  now: number,
  makeId: () => string,
): Plan {
  return {
    id: makeId(),
    personId,
    templateId: template.id,
    titleKey: `templates.${template.id}.name`,
    symbolId: template.symbolId,
    lanes: template.lanes.map((lane) => ({
      id: makeId(),
      symbolId: lane.symbolId,
      titleKey: `lanes.${lane.key}`,
    })),
    legend: template.legend.map((entry) => ({ ...entry })),
    createdAt: now,
    updatedAt: now,
  };
}

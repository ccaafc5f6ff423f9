// Plans of a person: list, read, create from a template.
import { planFromTemplate, type CustomNames } from '../domain/newPlan';
import { loadSchemas } from './schemas';
import type { Template } from '../domain/templates';
import type { Plan } from '../domain/types';
import { db } from './database';
import { StorageError } from './errors';
import { writeTogether } from './write';

/** A person's plans, newest change first. */
export async function listPlans(personId: string): Promise<Plan[]> {
  const plans = await db().plans.where('personId').equals(personId).toArray();
  return plans.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** One plan, or undefined. */
export function getPlan(id: string): Promise<Plan | undefined> {
  return db().plans.get(id);
}

/** Makes a new plan for a person from a template (with typed names for the empty board). */
export async function createPlan(
  personId: string,
  template: Template,
  names?: CustomNames,
): Promise<Plan> {
  const { planSchema } = await loadSchemas();
  const plan = planFromTemplate(template, personId, Date.now(), () => crypto.randomUUID(), names);
  const parsed = planSchema.safeParse(plan);
  if (!parsed.success) throw new StorageError('invalid', parsed.error);
  await writeTogether([db().plans, db().people], async () => {
    const person = await db().people.get(personId);
    if (!person) throw new StorageError('not-found');
    await db().plans.add(plan);
  });
  return plan;
}

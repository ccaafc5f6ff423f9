// A person "Ana" with a "My goals" plan of three cards (one private) and a helper, for the
// sharing tests; and a way to catch the files the app saves.
import { vi } from 'vitest';
import { TEMPLATES } from '../../src/domain/templates';
import { addCard, addPerson, addSupporter, createPlan, updateCard } from '../../src/storage';

/** Ana's ids: her plan, its cards Cook (Now), Swim (Next), My secret (Now, private), helper Lars. */
export async function seedShare() {
  const person = await addPerson({ name: 'Ana', picture: { kind: 'symbol', symbolId: '1f600' } });
  const template = TEMPLATES.find((t) => t.id === 'my-goals');
  if (!template) throw new Error('no template');
  const plan = await createPlan(person.id, template);
  const [now, next] = plan.lanes.map((lane) => lane.id);
  const card = (words: string, laneId = now ?? '') =>
    addCard({
      planId: plan.id,
      laneId,
      picture: { kind: 'symbol', symbolId: '1f431' },
      words,
      colour: 'green',
    });
  const cook = await card('Cook');
  const secret = await card('My secret');
  await updateCard(secret.id, { isPrivate: true });
  const swim = await card('Swim', next);
  const lars = await addSupporter({
    personId: person.id,
    name: 'Lars',
    picture: { kind: 'symbol', symbolId: '1f468' },
  });
  return { personId: person.id, planId: plan.id, cook, secret, swim, lars };
}

/** Catches every file handed to a download link (object URL + <a download>); `remove` undoes it. */
export function catchDownloads() {
  const files: { blob: Blob; name: string }[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  const create = (blob: Blob) => {
    n += 1;
    const url = `blob:test/${n}`;
    blobs.set(url, blob);
    return url;
  };
  Object.assign(URL, { createObjectURL: create, revokeObjectURL: () => undefined });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) files.push({ blob, name: this.download });
  });
  return {
    files,
    remove() {
      Reflect.deleteProperty(URL, 'createObjectURL');
      Reflect.deleteProperty(URL, 'revokeObjectURL');
    },
  };
}

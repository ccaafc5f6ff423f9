// The gate in front of a person's screens: their lock screen first; in with the code; locked
// again when My Plan is hidden or another person comes, with none of their words left in the
// page or the live region; and no address of one person showing another person's plan.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { Suspense, useEffect, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useAnnounce } from '../../../src/a11y';
import type { Route } from '../../../src/app/routes';
import { TEMPLATES } from '../../../src/domain/templates';
import { PersonGate } from '../../../src/people/lock';
import { lockEveryone, unlockedPersonId } from '../../../src/people/lock/lockState';
import { addPerson, createPlan, setPictureCode } from '../../../src/storage';
import { installFakeSpeech } from '../../support/fakeSpeech';
import { renderWithProviders } from '../../support/renderWithProviders';

const WORDS = 'Swim with Mia';

function Secret() {
  const announce = useAnnounce();
  return (
    <button type="button" onClick={() => announce(`${WORDS} is saved`)}>
      {WORDS}
    </button>
  );
}

let goTo: (route: Route) => void = () => undefined;

/** The gate on a route that the test changes with `show`, as the address would. */
function Routed({ first }: { first: Route }) {
  const [route, setRoute] = useState(first);
  useEffect(() => {
    goTo = setRoute;
  }, []);
  return (
    <Suspense fallback={null}>
      <PersonGate route={route}>
        <Secret />
      </PersonGate>
    </Suspense>
  );
}

/** Shows the gate on `route` (async act: the gate may wait for whose plan it is). */
async function open(route: Route) {
  await act(async () => {
    await renderWithProviders(<Routed first={route} />);
  });
}

async function show(route: Route) {
  await act(async () => goTo(route));
}

async function people() {
  const picture = { kind: 'symbol', symbolId: '1f600' } as const;
  const ana = await addPerson({ name: 'Ana', picture });
  const bo = await addPerson({ name: 'Bo', picture });
  await setPictureCode(ana.id, ['cat', 'apple', 'sun']);
  lockEveryone();
  return { ana: ana.id, bo: bo.id };
}

async function unlock(user: UserEvent) {
  const pad = await screen.findByRole('list', { name: 'Pictures of the code' });
  for (const name of ['Cat', 'Apple', 'Sun']) {
    await user.click(within(pad).getByRole('button', { name }));
  }
  return screen.findByRole('button', { name: WORDS });
}

function setHidden(isHidden: boolean) {
  Object.defineProperty(document, 'visibilityState', {
    value: isHidden ? 'hidden' : 'visible',
    configurable: true,
  });
  document.dispatchEvent(new Event('visibilitychange'));
}

const liveRegion = () => document.querySelector('[aria-live="polite"]');

afterEach(() => {
  Reflect.deleteProperty(document, 'visibilityState');
  lockEveryone();
});

describe('PersonGate', () => {
  it('asks for the code, and locks at once when My Plan is hidden', async () => {
    const { ana } = await people();
    const speech = installFakeSpeech();
    await open({ name: 'home', personId: ana });
    const user = userEvent.setup();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'My plans are locked' }),
    ).toBeVisible();
    expect(document.body.textContent).not.toContain(WORDS);

    await user.click(await unlock(user));
    expect(liveRegion()).toHaveTextContent(`${WORDS} is saved`);

    act(() => setHidden(true));
    expect(screen.getByRole('heading', { level: 1, name: 'My plans are locked' })).toBeVisible();
    await waitFor(() => expect(liveRegion()?.textContent).toBe(''));
    expect(document.body.textContent).not.toContain(WORDS);
    expect(document.title).toBe('My plans are locked');
    expect(speech.synthesis.cancel).toHaveBeenCalled();
    expect(unlockedPersonId()).toBeUndefined();
    speech.remove();
  });

  it('locks the person before when another person comes', async () => {
    const { ana, bo } = await people();
    await open({ name: 'home', personId: ana });
    const user = userEvent.setup();
    await user.click(await unlock(user));
    expect(unlockedPersonId()).toBe(ana);

    await show({ name: 'home', personId: bo });
    await waitFor(() => expect(unlockedPersonId()).toBeUndefined());
    expect(liveRegion()?.textContent).toBe('');

    await show({ name: 'settings' });
    await show({ name: 'home', personId: ana });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'My plans are locked' }),
    ).toBeVisible();
    expect(document.body.textContent).not.toContain(WORDS);
  });

  it('keeps the person in on screens of the whole tablet, and locks on the people screen', async () => {
    const { ana } = await people();
    await open({ name: 'home', personId: ana });
    const user = userEvent.setup();
    await unlock(user);
    await show({ name: 'settings' });
    await show({ name: 'home', personId: ana });
    expect(await screen.findByRole('button', { name: WORDS })).toBeVisible();
    await show({ name: 'people' });
    await waitFor(() => expect(unlockedPersonId()).toBeUndefined());
  });

  it("never shows one person's plan at another person's address", async () => {
    const { ana, bo } = await people();
    const template = TEMPLATES[0];
    if (!template) throw new Error('no templates');
    const plan = await createPlan(ana, template);
    await open({ name: 'plan', personId: bo, planId: plan.id });
    expect(await screen.findByText('This is not in your plans.')).toBeVisible();
    expect(screen.queryByRole('button', { name: WORDS })).toBeNull();
  });

  it('shows the screen of a person without a code at once', async () => {
    const { bo } = await people();
    await open({ name: 'home', personId: bo });
    expect(await screen.findByRole('button', { name: WORDS })).toBeVisible();
  });
});

// When the tablet is full, the card editors lose nothing: the typed words stay in their field,
// a plain message says what to do, nothing stored changes, and trying again once there is space
// saves them. The disk is made full at the IndexedDB level, as Chrome reports it.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AddCardScreen, CardScreen } from '../../src/cards';
import { listCards } from '../../src/storage';
import { installFakeMicrophone } from '../support/fakeMicrophone';
import { armQuotaFault, disarmQuotaFault } from '../support/quotaFaults';
import { renderWithProviders } from '../support/renderWithProviders';
import { tableHashes } from '../support/tableHashes';
import { seedCard, stored } from './cardScreenSeed';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((remove) => remove()));

const FULL = /The tablet is full\. Nothing was changed\. Ask a helper to remove old photos/;

/** The plain message about a full tablet, as an alert read out at once. */
async function fullMessage(): Promise<HTMLElement> {
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(FULL);
  return alert;
}

describe('a full tablet in the card editors', () => {
  it('add a card: keeps the words and says what to do; saves them once there is space', async () => {
    const user = userEvent.setup();
    const { personId, planId } = await seedCard();
    const cards = await listCards(planId);
    const laneId = cards[0]?.laneId ?? '';
    // The picture was chosen before (kept with the form, as after a reload).
    sessionStorage.setItem(
      `draft:add-card:${planId}:${laneId}`,
      JSON.stringify({ picture: { kind: 'symbol', symbolId: '1f3ca' }, symbolName: 'swimming' }),
    );
    await renderWithProviders(
      <AddCardScreen personId={personId} planId={planId} laneId={laneId} />,
    );
    const words = await screen.findByRole('textbox', { name: 'Words on the card' });
    await user.type(words, 'Swim on Friday');
    const before = await tableHashes();

    armQuotaFault('abort-at-commit');
    await user.click(screen.getByRole('button', { name: 'Save the card' }));
    await fullMessage();
    expect(words).toHaveValue('Swim on Friday');
    expect(await tableHashes()).toEqual(before);

    disarmQuotaFault();
    await user.click(screen.getByRole('button', { name: 'Save the card' }));
    await waitFor(async () =>
      expect((await listCards(planId)).map((card) => card.words)).toContain('Swim on Friday'),
    );
  });

  it('card words: keeps the typed words in the field and says what to do', async () => {
    const user = userEvent.setup();
    const { personId, cardId } = await seedCard();
    await renderWithProviders(<CardScreen personId={personId} cardId={cardId} />);
    const words = await screen.findByRole('textbox', { name: 'Words on the card' });
    const before = await tableHashes();

    armQuotaFault('quota');
    await user.clear(words);
    await user.type(words, 'Swim with Ana');
    await user.tab();
    await fullMessage();
    expect(words).toHaveValue('Swim with Ana');
    expect(await tableHashes()).toEqual(before);

    disarmQuotaFault();
    await user.click(words);
    await user.tab();
    await waitFor(async () => expect((await stored(cardId)).words).toBe('Swim with Ana'));
  });

  it('a new step: keeps the form open with its words and says what to do', async () => {
    const user = userEvent.setup();
    const { personId, cardId } = await seedCard();
    await renderWithProviders(<CardScreen personId={personId} cardId={cardId} />);
    await user.click(await screen.findByRole('button', { name: 'Add a step' }));
    const words = screen.getByRole('textbox', { name: 'Words for the step' });
    await user.type(words, 'Pack a towel');
    const before = await tableHashes();

    armQuotaFault('abort-at-commit');
    await user.click(screen.getByRole('button', { name: 'Add the step' }));
    await fullMessage();
    expect(screen.getByRole('textbox', { name: 'Words for the step' })).toHaveValue('Pack a towel');
    expect(await tableHashes()).toEqual(before);
    expect((await stored(cardId)).steps).toBeUndefined();
  });

  it('my voice: neither the recording nor the card is stored, and it says what to do', async () => {
    const user = userEvent.setup();
    const microphone = installFakeMicrophone({ supported: 'audio/mp4' });
    cleanups.push(microphone.remove);
    const { personId, cardId } = await seedCard();
    await renderWithProviders(<CardScreen personId={personId} cardId={cardId} />);
    await user.click(await screen.findByRole('button', { name: 'Record my voice' }));
    await screen.findByRole('timer');
    const before = await tableHashes();

    armQuotaFault('quota', 2);
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    await fullMessage();
    expect(await tableHashes()).toEqual(before);
    expect((await stored(cardId)).recordingId).toBeUndefined();
    expect(screen.getByRole('button', { name: 'Record my voice' })).toBeEnabled();
  });
});

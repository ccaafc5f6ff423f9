// "Read aloud every button I touch": when the person chose it, touching or tabbing to a control
// reads its name aloud; when they did not, nothing is said.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ReadOnFocus } from '../../src/a11y';
import { addPerson, updatePreferences } from '../../src/storage';
import { fakeVoice, installFakeSpeech } from '../support/fakeSpeech';
import { renderWithProviders } from '../support/renderWithProviders';

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((remove) => remove());
  window.location.hash = '';
});

async function personWith(readOnFocus: boolean) {
  const person = await addPerson({ name: 'Ana', picture: { kind: 'symbol', symbolId: '1f600' } });
  await updatePreferences(person.id, { readOnFocus });
  window.location.hash = `#/person/${person.id}`;
}

function Controls() {
  return (
    <>
      {}
      <button type="button">Add a card</button>
      <label>
        {}
        Name
        <input />
      </label>
      {}
      <button type="button" aria-label="Listen: Swim">
        Listen
      </button>
    </>
  );
}

describe('ReadOnFocus', () => {
  it("reads each control's name aloud as it is reached", async () => {
    const speech = installFakeSpeech({ voices: [fakeVoice('en-GB')] });
    cleanups.push(speech.remove);
    await personWith(true);
    await renderWithProviders(
      <>
        <ReadOnFocus />
        <Controls />
      </>,
    );
    await waitFor(async () => {
      await userEvent.tab();
      expect(speech.spoken.map((u) => u.text)).toContain('Add a card');
    });
    await userEvent.click(screen.getByRole('textbox', { name: 'Name' }));
    await userEvent.click(screen.getByRole('button', { name: 'Listen: Swim' }));
    await waitFor(() =>
      expect(speech.spoken.map((u) => u.text)).toEqual(
        expect.arrayContaining(['Name', 'Listen: Swim']),
      ),
    );
  });

  it('says nothing when the person did not choose it', async () => {
    const speech = installFakeSpeech({ voices: [fakeVoice('en-GB')] });
    cleanups.push(speech.remove);
    await personWith(false);
    await renderWithProviders(
      <>
        <ReadOnFocus />
        <Controls />
      </>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add a card' }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(speech.spoken).toEqual([]);
  });
});

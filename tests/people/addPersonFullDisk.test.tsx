// Adding a person on a full tablet loses nothing: the typed name stays in its field, a plain
// message says what to do, no one is stored, and saving again once there is space works.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AddPersonScreen } from '../../src/people';
import { listPeople } from '../../src/storage';
import { armQuotaFault, disarmQuotaFault } from '../support/quotaFaults';
import { renderWithProviders } from '../support/renderWithProviders';

describe('AddPersonScreen on a full tablet', () => {
  it('keeps the name on screen, says what to do, and saves once there is space', async () => {
    const user = userEvent.setup();
    // The picture was chosen before (kept with the form, as after a reload).
    sessionStorage.setItem(
      'draft:add-person',
      JSON.stringify({
        personId: 'new-person',
        name: '',
        picture: { kind: 'symbol', symbolId: '1f600' },
      }),
    );
    await renderWithProviders(<AddPersonScreen />);
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await user.type(name, 'Amira');

    armQuotaFault('quota');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The tablet is full. Nothing was changed. Ask a helper to remove old photos or videos. Then try again.',
    );
    expect(name).toHaveValue('Amira');
    expect(await listPeople()).toEqual([]);

    disarmQuotaFault();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await listPeople()).map((p) => p.name)).toEqual(['Amira']));
  });
});

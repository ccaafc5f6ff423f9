// The person is told, on their home, that a helper removed their picture code: when and who,
// until they tap OK.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ResetNotice } from '../../../src/people/lock';
import { addPerson, getPerson, resetPictureCode, setPictureCode } from '../../../src/storage';
import { renderWithProviders } from '../../support/renderWithProviders';

describe('ResetNotice', () => {
  it('says who removed the code and when, until the person taps OK', async () => {
    const { id } = await addPerson({ name: 'Ana', picture: { kind: 'symbol', symbolId: '1f600' } });
    await setPictureCode(id, ['cat', 'dog', 'sun']);
    await resetPictureCode(id, 'Lars', new Date(2026, 2, 12, 14, 5).getTime());
    const person = await getPerson(id);
    await renderWithProviders(<ResetNotice person={person!} />);
    expect(screen.getByText(/^A helper removed your picture code on March 12, 2026/)).toBeVisible();
    expect(screen.getByText('The helper was Lars.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'My picture code' })).toHaveAttribute(
      'href',
      `#/person/${id}/picture-code`,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'OK' }));
    await waitFor(async () =>
      expect((await getPerson(id))?.lock?.resets[0]?.seenAt).toEqual(expect.any(Number)),
    );
  });

  it('shows nothing when every removal was seen', async () => {
    const { id } = await addPerson({ name: 'Bo', picture: { kind: 'symbol', symbolId: '1f600' } });
    const { container } = await renderWithProviders(
      <ResetNotice person={(await getPerson(id))!} />,
    );
    expect(container.querySelector('.message')).toBeNull();
  });
});

// The notice about other windows: nothing while this page has the data; "close the other window"
// while an older one blocks it; and after a newer window took the data, a plain message with a
// button (picture and words) that opens My Plan again.
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DatabaseNotice } from '../../src/app/DatabaseNotice';
import { openDatabase } from '../../src/storage';
import { setDatabaseState } from '../../src/storage/connection';
import { db } from '../../src/storage/database';
import { DATA_VERSION } from '../../src/storage/migrations';
import { renderWithProviders } from '../support/renderWithProviders';

/** Another window opens the same data at a newer version; resolves once it has it. */
function upgradeElsewhere(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, DATA_VERSION * 10 + 1);
    request.onsuccess = () => resolve(request.result);
    request.onblocked = () => reject(new Error('blocked'));
  });
}

describe('DatabaseNotice', () => {
  it('shows nothing while this page has the data to itself', async () => {
    await openDatabase();
    await renderWithProviders(<DatabaseNotice />);
    expect(screen.queryByText(/another window/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('asks to close the other window while it blocks the data', async () => {
    await renderWithProviders(<DatabaseNotice />);
    act(() => setDatabaseState('blocked'));
    const message = 'My Plan is open in another window. Please close the other window.';
    expect(screen.getByText(message).closest('[role="status"]')).toBeInTheDocument();
    act(() => setDatabaseState('open'));
    expect(screen.queryByText(message)).not.toBeInTheDocument();
  });

  it('says a newer window took the data, and opens My Plan again on a tap', async () => {
    await openDatabase();
    const onReload = vi.fn();
    await renderWithProviders(<DatabaseNotice onReload={onReload} />);
    const other = await upgradeElsewhere(db().name);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('My Plan was updated in another window.');
    await userEvent.click(screen.getByRole('button', { name: 'Open My Plan again' }));
    expect(onReload).toHaveBeenCalledOnce();
    other.close();
  });
});

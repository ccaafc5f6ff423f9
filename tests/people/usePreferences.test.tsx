// Preferences are shared: many components showing one person use one subscription between them,
// and a change made on "How I like it" reaches all of them.
import { act, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { usePreferences } from '../../src/people';
import * as storage from '../../src/storage';

vi.mock('../../src/storage', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/storage')>();
  return { ...real, watchPerson: vi.fn(real.watchPerson), getPerson: vi.fn(real.getPerson) };
});

function Mode({ personId }: { personId?: string }) {
  return <span data-testid="mode">{usePreferences(personId).mode}</span>;
}

beforeEach(() => {
  vi.mocked(storage.watchPerson).mockClear();
});

describe('usePreferences', () => {
  it('shares one subscription per person and follows changes', async () => {
    const person = await storage.addPerson({
      name: 'Ana',
      picture: { kind: 'symbol', symbolId: '1f600' },
    });
    const many = Array.from({ length: 20 }, (_, i) => <Mode key={i} personId={person.id} />);
    const view = render(<>{many}</>);
    expect(storage.watchPerson).toHaveBeenCalledTimes(1);
    expect(screen.getAllByTestId('mode').map((m) => m.textContent)).toEqual(Array(20).fill('me'));
    await act(() => storage.updatePreferences(person.id, { mode: 'helper' }));
    await waitFor(() =>
      expect(screen.getAllByTestId('mode').map((m) => m.textContent)).toEqual(
        Array(20).fill('helper'),
      ),
    );
    view.unmount();
    // Shown again later: still one subscription, and the last choice straight away.
    render(<Mode personId={person.id} />);
    expect(storage.watchPerson).toHaveBeenCalledTimes(2);
    expect(screen.getByTestId('mode')).toHaveTextContent('helper');
  });

  it('gives the defaults without a person, and watches nothing', () => {
    render(<Mode />);
    expect(screen.getByTestId('mode')).toHaveTextContent('me');
    expect(storage.watchPerson).not.toHaveBeenCalled();
  });
});

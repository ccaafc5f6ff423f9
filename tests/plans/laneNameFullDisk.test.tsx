// Renaming a column on a full tablet: the typed name stays in its open field, the board is told
// the problem (it shows the plain message), and the stored plan keeps its old name.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TEMPLATES } from '../../src/domain/templates';
import { LaneTools } from '../../src/plans/LaneTools';
import { addPerson, createPlan, getPlan, StorageError } from '../../src/storage';
import { armQuotaFault } from '../support/quotaFaults';
import { renderWithProviders } from '../support/renderWithProviders';

describe('LaneTools on a full tablet', () => {
  it('keeps the new name in its field and reports "full"; the plan is unchanged', async () => {
    const user = userEvent.setup();
    const person = await addPerson({ name: 'Ana', picture: { kind: 'symbol', symbolId: '1f600' } });
    const plan = await createPlan(person.id, TEMPLATES[0]!);
    const lane = plan.lanes[0]!;
    const onProblem = vi.fn();
    await renderWithProviders(
      <LaneTools
        planId={plan.id}
        lane={lane}
        title="Now"
        index={0}
        isFirst
        isLast={false}
        isOnly={false}
        onDone={() => undefined}
        onProblem={onProblem}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Change Now' }));
    const field = screen.getByRole('textbox', { name: 'New name for Now' });
    await user.clear(field);
    await user.type(field, 'Today');

    armQuotaFault('abort-at-commit');
    await user.click(screen.getByRole('button', { name: 'Save the name' }));
    await vi.waitFor(() => expect(onProblem).toHaveBeenCalledOnce());
    expect(onProblem.mock.calls[0]?.[0]).toEqual(expect.any(StorageError));
    expect(onProblem.mock.calls[0]?.[0]).toMatchObject({ problem: 'full' });
    expect(screen.getByRole('textbox', { name: 'New name for Now' })).toHaveValue('Today');
    expect((await getPlan(plan.id))?.lanes[0]).toEqual(lane);
  });
});

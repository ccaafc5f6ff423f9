// One goal over time, seeded through the storage functions: the timeline says where it was put,
// where it moved (not the undone move) and each face with its wish; the chart is there; a card
// of another person is not shown.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GoalProgressScreen } from '../../src/progress';
import { moveCard, undo, updateCard } from '../../src/storage';
import { renderWithProviders } from '../support/renderWithProviders';
import { seedCard, seedPlan } from './progressSeed';

describe('GoalProgressScreen', () => {
  it('tells the goal as a picture timeline and shows its chart', async () => {
    const { personId, plan, lane } = await seedPlan();
    const swim = await seedCard(plan.id, lane(0), 'Swim');
    const first = { value: 2, at: Date.now() } as const;
    await updateCard(swim.id, { ratings: [first] });
    await moveCard(swim.id, { laneId: lane(1) });
    await updateCard(swim.id, {
      ratings: [first, { value: 4, at: Date.now() + 1, wish: 5 }],
      isPrivate: true,
    });
    await moveCard(swim.id, { laneId: lane(3) });
    await undo(plan.id);

    await renderWithProviders(<GoalProgressScreen personId={personId} cardId={swim.id} />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Swim' })).toBeVisible();
    expect(screen.getByText('Private')).toBeVisible();
    const timeline = screen.getByRole('list', { name: 'What happened' });
    const events = within(timeline)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('.progress-event__words')?.textContent?.trim());
    expect(events).toEqual([
      'Put in Now',
      'How it was going: Bad',
      'Moved from Now to Next',
      'How it was going: Good Where I want it to be: Very good',
    ]);
    expect(screen.getByRole('img', { name: 'Chart of how it is going over time' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Open the card' })).toHaveAttribute(
      'href',
      `#/person/${personId}/card/${swim.id}`,
    );
  });

  it('says so when the goal has no answers yet', async () => {
    const { personId, plan, lane } = await seedPlan();
    const swim = await seedCard(plan.id, lane(0), 'Swim');
    await renderWithProviders(<GoalProgressScreen personId={personId} cardId={swim.id} />);
    expect(await screen.findByText('No answers yet. Choose a face on the card.')).toBeVisible();
    expect(screen.queryByRole('img', { name: /^Chart/ })).not.toBeInTheDocument();
  });

  it('does not show a card of another person', async () => {
    const ana = await seedPlan();
    const bo = await seedPlan();
    const swim = await seedCard(ana.plan.id, ana.lane(0), 'Swim');
    await renderWithProviders(<GoalProgressScreen personId={bo.personId} cardId={swim.id} />);
    expect(await screen.findByText('This goal is not here any more.')).toBeVisible();
  });
});

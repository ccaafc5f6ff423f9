// "My progress" with data seeded in IndexedDB: goals that were rated or moved, plan by plan,
// private ones marked; meeting feedback as rows of faces, oldest first; plain words when empty.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProgressScreen } from '../../src/progress';
import { moveCard, updateCard } from '../../src/storage';
import { renderWithProviders } from '../support/renderWithProviders';
import { seedCard, seedMeeting, seedPlan } from './progressSeed';

describe('ProgressScreen', () => {
  it('says in plain words when there are no goals and no meetings yet', async () => {
    const { personId, plan, lane } = await seedPlan();
    await seedCard(plan.id, lane(0), 'Not rated');
    await renderWithProviders(<ProgressScreen personId={personId} />);
    expect(await screen.findByText(/^No goals rated yet\./)).toBeVisible();
    expect(screen.getByText('No meetings yet.')).toBeVisible();
    expect(screen.queryByRole('link', { name: /Not rated/ })).not.toBeInTheDocument();
  });

  it('lists rated and moved goals under their plan, with the last face and a private mark', async () => {
    const { personId, plan, lane } = await seedPlan();
    const swim = await seedCard(plan.id, lane(0), 'Swim');
    await updateCard(swim.id, {
      ratings: [
        { value: 2, at: 1 },
        { value: 4, at: 2 },
      ],
    });
    const cook = await seedCard(plan.id, lane(0), 'Cook');
    await moveCard(cook.id, { laneId: lane(1) });
    const diary = await seedCard(plan.id, lane(0), 'Diary');
    await updateCard(diary.id, { ratings: [{ value: 5, at: 3 }], isPrivate: true });
    await seedCard(plan.id, lane(0), 'Nothing yet');

    await renderWithProviders(<ProgressScreen personId={personId} />);
    expect(await screen.findByRole('heading', { level: 3, name: 'My goals' })).toBeVisible();
    const goals = screen.getByRole('list', { name: 'My goals' });
    const links = within(goals).getAllByRole('link');
    expect(links.map((link) => link.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Swim',
      'Diary Private',
      'Cook No answer yet',
    ]);
    // The last face is a picture; its name says it for a screen reader.
    expect(links[0]).toHaveAccessibleName('Swim Last answer: Good');
    expect(links[1]).toHaveAccessibleName('Diary Last answer: Very good Private');
    expect(links[0]).toHaveAttribute('href', `#/person/${personId}/progress/${swim.id}`);
    expect(screen.getByText('No meetings yet.')).toBeVisible();
  });

  it('shows how each meeting felt as a row of faces, oldest first', async () => {
    const { personId } = await seedPlan();
    await seedMeeting(personId, '2025-06-03', { listened: 5, decided: 4, knowNext: 2 });
    await seedMeeting(personId, '2025-03-12', {
      listened: 2,
      decided: 1,
      understood: 3,
      knowNext: 3,
    });
    await seedMeeting(personId, '2025-04-01');

    await renderWithProviders(<ProgressScreen personId={personId} />);
    const table = await screen.findByRole('table', { name: 'How my meetings felt' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    const header = within(rows[0] as HTMLElement).getAllByRole('columnheader');
    expect(header.map((cell) => cell.textContent)).toEqual([
      'Meeting',
      'I was listened to',
      'I decided things',
      'I understood what was said',
      'I know what happens next',
    ]);
    const answers = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.querySelector('img')?.alt ?? cell.textContent);
    expect(within(rows[1] as HTMLElement).getByRole('rowheader')).toHaveTextContent('Mar 12, 2025');
    expect(answers(rows[1] as HTMLElement)).toEqual(['Not really', 'No', 'A bit', 'A bit']);
    expect(within(rows[2] as HTMLElement).getByRole('link')).toHaveTextContent('Jun 3, 2025');
    expect(answers(rows[2] as HTMLElement)).toEqual([
      'Yes, very much',
      'Mostly',
      'No answer',
      'Not really',
    ]);
  });

  it('says so when there were meetings but no answers after them', async () => {
    const { personId } = await seedPlan();
    await seedMeeting(personId, '2025-04-01');
    await renderWithProviders(<ProgressScreen personId={personId} />);
    expect(await screen.findByText('No answers after a meeting yet.')).toBeVisible();
  });
});

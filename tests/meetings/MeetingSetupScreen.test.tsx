// Setting up a meeting: supporters as photo tiles, a new social worker added with their role
// (and chosen at once), every plan ticked unless untapped, and Start stores the meeting.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TEMPLATES } from '../../src/domain/templates';
import { MeetingSetupScreen } from '../../src/meetings';
import {
  addPerson,
  addSupporter,
  createPlan,
  listMeetings,
  listSupporters,
} from '../../src/storage';
import { renderWithProviders } from '../support/renderWithProviders';

vi.setConfig({ testTimeout: 20_000 });

const smile = { kind: 'symbol', symbolId: '1f600' } as const;

async function seed() {
  const person = await addPerson({ name: 'Ana', picture: smile });
  const goals = TEMPLATES.find((item) => item.id === 'my-goals');
  const life = TEMPLATES.find((item) => item.id === 'life-areas');
  if (!goals || !life) throw new Error('no templates');
  const goalsPlan = await createPlan(person.id, goals);
  const lifePlan = await createPlan(person.id, life);
  const mum = await addSupporter({
    personId: person.id,
    name: 'Mum',
    picture: smile,
    role: 'family',
  });
  return { person, goalsPlan, lifePlan, mum };
}

afterEach(() => {
  window.location.hash = '';
});

describe('MeetingSetupScreen', () => {
  it('adds a social worker who takes part, looks at the chosen plans, and starts', async () => {
    const user = userEvent.setup();
    const { person, goalsPlan, lifePlan } = await seed();
    await renderWithProviders(<MeetingSetupScreen personId={person.id} />);
    await screen.findByRole('heading', { level: 1, name: 'Start a meeting' });
    const people = screen.getByRole('list', { name: 'People taking part' });
    expect(within(people).getByRole('button', { name: /^Mum/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(within(people).getByRole('button', { name: /^Mum/ })).toHaveTextContent('Family');
    const plans = screen.getByRole('list', { name: 'Plans to look at' });
    for (const tile of within(plans).getAllByRole('button')) {
      expect(tile).toHaveAttribute('aria-pressed', 'true');
    }

    await user.click(screen.getByRole('button', { name: 'Add a person' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Lars');
    await user.click(screen.getByRole('radio', { name: 'Social worker' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const lars = await within(people).findByRole('button', { name: /^Lars/ });
    expect(lars).toHaveAttribute('aria-pressed', 'true');
    expect(lars).toHaveTextContent('Social worker');
    const stored = (await listSupporters(person.id)).find((s) => s.name === 'Lars');
    expect(stored?.role).toBe('social-worker');

    await user.click(within(plans).getByRole('button', { name: 'My life' }));
    expect(within(plans).getByRole('button', { name: 'My life' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await user.click(screen.getByRole('button', { name: 'Start the meeting' }));
    await waitFor(async () => expect(await listMeetings(person.id)).toHaveLength(1));
    const [meeting] = await listMeetings(person.id);
    expect(meeting).toMatchObject({ participantIds: [stored?.id], planIds: [goalsPlan.id] });
    expect(meeting?.planIds).not.toContain(lifePlan.id);
    await waitFor(() =>
      expect(window.location.hash).toBe(`#/person/${person.id}/meeting/${meeting?.id}`),
    );
  });

  it('asks for a plan before it starts', async () => {
    const user = userEvent.setup();
    const { person } = await seed();
    await renderWithProviders(<MeetingSetupScreen personId={person.id} />);
    const plans = await screen.findByRole('list', { name: 'Plans to look at' });
    for (const tile of within(plans).getAllByRole('button')) await user.click(tile);
    await user.click(screen.getByRole('button', { name: 'Start the meeting' }));
    expect(await screen.findByText('Please choose a plan.')).toBeInTheDocument();
    expect(await listMeetings(person.id)).toEqual([]);
  });
});
